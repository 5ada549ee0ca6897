using Stats.Core.Findings;

namespace Stats.Tests.Core.Checks;

/// <summary>
/// Fixture texts per generic check under Fixtures/checks/&lt;kind&gt;/, named &lt;status&gt;-&lt;what&gt;.txt: every finding of that
/// kind on the text must have that status, and there must be at least one.
/// </summary>
public class GenericCheckFixtureTests
{
    private static IEnumerable<TestCaseData> Fixtures()
    {
        var root = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "checks");
        foreach (var file in Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var kind = Path.GetFileName(Path.GetDirectoryName(file)!);
            var name = Path.GetFileNameWithoutExtension(file);
            var status = name[..name.IndexOf('-')];
            yield return new TestCaseData(kind, status, File.ReadAllText(file))
                .SetName($"The {kind} check gives {status} on {name[(name.IndexOf('-') + 1)..].Replace('-', ' ')}");
        }
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Every_finding_of_the_kind_has_the_status_of_its_fixture(string kind, string status, string text)
    {
        var findings = CheckedText.CheckText(text).Where(f => f.Kind == kind).ToList();

        Assert.That(findings, Is.Not.Empty, $"no {kind} finding on: {text}");
        Assert.That(findings.Select(f => f.Status.Name()), Has.All.EqualTo(status), string.Join("\n", findings.Select(f => f.Message)));
    }
}
