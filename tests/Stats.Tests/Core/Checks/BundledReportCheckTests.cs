using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;
using Stats.Pipeline.Tables;
using Stats.Tests.Cli;

namespace Stats.Tests.Core.Checks;

/// <summary>The check stage on the bundled report, through the CLI: the four named problems and their numbers.</summary>
public class BundledReportCheckTests
{
    private static readonly Lazy<(CliRun Run, IReadOnlyList<Finding> Findings)> Checked = new(() =>
        (BundledReportRun.Run, FindingTable.FromDataFrame(CsvFile.Load(Path.Combine(BundledReportRun.OutDir, "findings.csv"), FindingTable.Schema))));

    private static Finding Rule(string id) => Checked.Value.Findings.Single(f => f.Rule == id);

    [Test]
    public void The_run_exits_1_because_error_severity_checks_fail()
    {
        Assert.That(Checked.Value.Run.ExitCode, Is.EqualTo(1), Checked.Value.Run.Stderr);
    }

    [Test]
    public void The_tax_share_of_98_5_percent_holds_within_rounding()
    {
        var share = Rule("revenue.tax.share");

        Assert.That(share.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(share.Expected, Is.EqualTo(Interval.HalfOpen(98.45m, 98.55m)));
        Assert.That(share.Observed!.Lower, Is.GreaterThan(98.52m).And.LessThan(98.5214m));
        Assert.That(Rule("revenue.nontax.share").Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(Rule("revenue.parts.sum").Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public void The_stated_3_percent_growth_of_revenue_does_not_follow_from_its_parts()
    {
        var growth = Rule("revenue.growth.from_parts");

        Assert.That(growth.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(growth.Expected, Is.EqualTo(Interval.HalfOpen(2.5m, 3.5m)));
        Assert.That(growth.Observed!.Lower, Is.GreaterThan(1.36m));
        Assert.That(growth.Observed!.Upper, Is.LessThan(1.49m));
        Assert.That(growth.Margin, Is.GreaterThan(1m).And.LessThan(1.2m));
    }

    [Test]
    public void The_generic_growth_check_finds_the_same_incoherence_and_corroborates_the_rule()
    {
        var growth = Checked.Value.Findings.Single(f => f.Kind == "growth");

        Assert.That((growth.Rule, growth.Status), Is.EqualTo(("revenue.growth.from_parts", CheckStatus.Fail)));
        Assert.That(growth.CorroboratedBy, Has.One.StartsWith("growth:"));
        // The generic check names the total the rule leaves implicit: the one finding reads it too.
        Assert.That(growth.Evidence.Split(" | "), Is.SupersetOf(new[] { "6829.11万元", "6728.14万元", "1.4%", "100.97万元" }));
    }

    [Test]
    public void A_grain_output_of_5016_wan_tonnes_implies_an_impossible_yield()
    {
        var yield = Rule("grain.yield.possible");

        Assert.That(yield.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(yield.Observed!.Lower, Is.GreaterThan(80030m));
        Assert.That(yield.Observed!.Upper, Is.LessThan(80047m));
        Assert.That(Rule("grain.output.within_province").Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(Rule("grain.output.within_country").Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public void Hectares_against_the_next_years_mu_target_imply_a_ninety_percent_drop()
    {
        var change = Rule("grain.sown_area.target_change");

        Assert.That(change.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(change.Observed!.Lower, Is.GreaterThan(-89.69m));
        Assert.That(change.Observed!.Upper, Is.LessThan(-89.66m));
    }

    [Test]
    public void Every_finding_names_its_source_and_quotes_its_evidence_as_printed()
    {
        var report = File.ReadAllText(Path.Combine(Repository.Root, "data", "reports", "ejin-horo-town-2023", "report.txt"));

        foreach (var finding in Checked.Value.Findings)
        {
            Assert.That(finding.Origin.ToString(), Does.Match(@"^(auto|.*rules\.yaml:\d+)$"));
            foreach (var text in finding.Evidence.Split(" | ", StringSplitOptions.RemoveEmptyEntries))
                Assert.That(report, Does.Contain(text), finding.Rule);
        }
    }
}
