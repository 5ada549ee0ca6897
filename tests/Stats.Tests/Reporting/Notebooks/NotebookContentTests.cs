using System.Text.Json;

namespace Stats.Tests.Reporting.Notebooks;

public class NotebookContentTests
{
    private GeneratedNotebook notebook = null!;
    private List<(string Id, string Type, string Source)> cells = null!;

    [OneTimeSetUp]
    public void GenerateOnce()
    {
        notebook = GeneratedNotebook.OfBundledReport;
        using var json = JsonDocument.Parse(notebook.Bytes);
        cells = json.RootElement.GetProperty("cells").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("cell_type").GetString()!,
                string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString()))))
            .ToList();
    }

    [Test]
    public void Every_kind_of_finding_has_a_prose_section_and_a_cell_that_rechecks_it()
    {
        var kinds = File.ReadAllLines(Path.Combine(notebook.OutDir, "findings.csv")).Skip(1).Select(l => l.Split(',')[1]).Distinct().ToList();

        Assert.That(kinds, Is.Not.Empty);
        foreach (var kind in kinds)
        {
            Assert.That(cells, Has.Some.Matches<(string Id, string Type, string Source)>(c => c.Type == "markdown" && c.Id.StartsWith("kind-") && c.Id.EndsWith("-" + kind)), kind);
            Assert.That(cells, Has.Some.Matches<(string Id, string Type, string Source)>(c => c.Type == "code" && c.Source.Contains($"Recheck(\"{kind}\")")), kind);
        }
    }

    [Test]
    public void A_failed_finding_is_spelled_out_with_its_rule_its_arithmetic_and_the_sentence_it_comes_from()
    {
        var perUnit = cells.Single(c => c.Id.EndsWith("-per_unit") && c.Type == "markdown").Source;

        Assert.That(perUnit, Does.Contain("grain.yield.possible"));
        Assert.That(perUnit, Does.Contain("**What was compared:**"));
        Assert.That(perUnit, Does.Contain("> 持续推动农牧业高质量发展"));
        Assert.That(perUnit, Does.Contain("rules.yaml:57"));
    }

    [Test]
    public void The_last_cell_compares_the_recomputed_findings_with_findings_csv()
    {
        var last = cells[^1];

        Assert.That(last.Type, Is.EqualTo("code"));
        Assert.That(last.Source, Does.Contain("FindingComparison.AssertSame(published, recomputed)"));
    }
}
