using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Text;
using Stats.Pipeline.Checking;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Core.Diagnosis;

/// <summary>
/// Every kind of check gets readings from the diagnose stage: each failing fixture text (Fixtures/checks/&lt;kind&gt;/fail-*.txt)
/// has at least one hypothesis that makes its failed check pass. Ratios (18.0:48.6:35.4) are the exception the project
/// knows of: the readings re-read figures with one value, and the terms of a ratio are not read one by one yet.
/// </summary>
public sealed class EveryKindDiagnosisTests
{
    private static IEnumerable<TestCaseData> FailingFixtures()
    {
        var root = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "checks");
        foreach (var file in Directory.GetFiles(root, "fail-*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var kind = Path.GetFileName(Path.GetDirectoryName(file)!);
            if (kind == CheckKind.Ratio.Name) continue;
            yield return new TestCaseData(kind, File.ReadAllText(file))
                .SetName($"A failed {kind} check gets a reading that fixes it ({Path.GetFileNameWithoutExtension(file)})");
        }
    }

    [TestCaseSource(nameof(FailingFixtures))]
    public void A_failed_check_of_every_kind_gets_a_reading_that_fixes_it(string kind, string text)
    {
        var report = new ReportText("fixture", text);
        var checks = ReportChecks.Compose(report, new Extractor().Extract(report), CheckedText.ReferenceData);
        var findings = checks.Checker.Check();
        var failed = findings.Where(f => f.Kind == kind && f.Status == CheckStatus.Fail).ToList();

        var hypotheses = new Diagnoser(checks.Checker, ReportChecks.ReadingGenerators(CheckedText.ReferenceData)).Diagnose(findings);

        Assert.That(failed, Is.Not.Empty);
        foreach (var f in failed)
            Assert.That(hypotheses.Where(h => h.Rule == f.Rule && h.ChecksFixed > 0).Select(h => h.Reading), Is.Not.Empty, f.Message);
    }
}
