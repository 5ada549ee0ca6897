using System.Globalization;
using Stats.Tests.Cli;

namespace Stats.Tests.Reporting.Tables;

/// <summary>The report stage's tables on the bundled report itself, through the whole pipeline.</summary>
public class BundledReportTableTests
{
    private static string OutDir => BundledReportRun.OutDir;

    private static List<Dictionary<string, string>> Table(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(OutDir, "tables", name));
        var header = Split(lines[0]);
        return lines.Skip(1).Select(l => header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    // The tables quote only fields holding commas; none of the columns read here holds a quote.
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Test]
    public void The_figures_table_gives_base_units_intervals_and_statuses()
    {
        var figures = Table("figures.csv");
        var output = figures.Single(r => r["text"] == "5016万吨");
        var budget = figures.Single(r => r["text"] == "6829.11万元");

        Assert.That(figures[0].Keys, Is.SupersetOf(new[] { "text", "value", "unit", "base_value", "base_unit", "interval", "period", "status", "checks" }));
        Assert.That((D(output["base_value"]), output["base_unit"], output["interval"]), Is.EqualTo((50160000000m, "kg", "[50155000, 50165000)")));
        Assert.That(output["status"], Is.EqualTo("failed"));
        Assert.That(output["checks"], Does.Contain("grain.yield.possible"));
        Assert.That((budget["period"], budget["basis"], budget["status"]), Is.EqualTo(("2023", "target", "failed")));
        Assert.That(figures.Single(r => r["text"] == "98.5%")["status"], Is.EqualTo("validated"));
        Assert.That(figures.Select(r => r["status"]), Has.All.AnyOf("validated", "flagged", "failed", "unchecked"));
    }

    [Test]
    public void The_fiscal_table_gives_the_base_year_revenue_each_growth_rate_implies()
    {
        var fiscal = Table("fiscal.csv");
        var budget = fiscal.Single(r => r["text"] == "6829.11万元");
        var tax = fiscal.Single(r => r["text"] == "6728.14万元");

        Assert.That((budget["growth_text"], budget["base_period"]), Is.EqualTo(("3%", "2022")));
        Assert.That(D(budget["implied_base_value"]), Is.EqualTo(68291100m / 1.03m).Within(0.01m));
        Assert.That(D(tax["implied_base_value"]), Is.EqualTo(67281400m / 1.014m).Within(0.01m));
    }

    [Test]
    public void The_agriculture_table_gives_the_implied_yield_as_printed_and_under_each_hypothesis()
    {
        var agriculture = Table("agriculture.csv");
        var printed = agriculture.Single(r => r["reading"] == "printed" && r["output_text"] == "5016万吨");

        Assert.That(D(printed["yield_kg_per_mu"]), Is.EqualTo(80038.49m));
        Assert.That(printed["plausibility"], Is.EqualTo("implausible"));
        var pair = agriculture.First(r => r["reading"] == "5016万斤 | 4177.99公顷");
        Assert.That(D(pair["yield_kg_per_mu"]), Is.EqualTo(400.19m).Within(0.01m));
        Assert.That(pair["plausibility"], Is.EqualTo("plausible"));
    }

    [Test]
    public void The_summary_table_counts_each_kind_of_check_like_the_check_stage()
    {
        var summary = Table("summary.csv");
        var findings = File.ReadAllLines(Path.Combine(OutDir, "findings.csv")).Skip(1).Select(Split).ToList();

        Assert.That(summary.Sum(r => int.Parse(r["items"], CultureInfo.InvariantCulture)), Is.EqualTo(findings.Count));
        var growth = summary.Single(r => r["kind"] == "growth");
        // The rule and the generic check of one growth relation are one finding.
        Assert.That((growth["items"], growth["fail"]), Is.EqualTo(("1", "1")));
        Assert.That(summary.Single(r => r["kind"] == "share")["pass"], Is.EqualTo("3"));
    }
}
