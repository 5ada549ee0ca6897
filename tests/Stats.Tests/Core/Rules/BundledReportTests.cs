using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.References;
using Stats.Core.Rules;
using Stats.Core.Text;
using Stats.Core.Units;
using Stats.Tests.Core.Figures;

namespace Stats.Tests.Core.Rules;

public class BundledReportTests
{
    private const string Report = "data/reports/ejin-horo-town-2023/";

    private static UnitCatalog Units => UnitCatalog.Parse(Repository.Read("data/reference/units.yaml"), "data/reference/units.yaml");

    private static ReferenceSet References =>
        ReferenceSet.Parse(Repository.Read("data/reference/plausibility.yaml"), "data/reference/plausibility.yaml", Units);

    private static FigureCatalog Catalog => FigureCatalog.Parse(Repository.Read(Report + "figures.yaml"), Report + "figures.yaml");

    private static RuleSet Rules => RuleSet.Parse(Repository.Read(Report + "rules.yaml"), Report + "rules.yaml", Catalog.Ids, References, Units);

    private static IReadOnlyList<Finding> Evaluate()
    {
        var report = new ReportText(Report + "report.txt", Repository.Read(Report + "report.txt"));
        var figures = Catalog.Resolve(QuotedMentions.Find(report), report);
        return new RuleEngine(Rules, References, Units).Evaluate(figures);
    }

    private static Finding Finding(string rule) => Evaluate().Single(f => f.Rule == rule);

    [Test]
    public void Findings_print_their_messages_for_review()
    {
        foreach (var f in Evaluate()) TestContext.Out.WriteLine($"{f.Rule} {f.Status} {f.Observed} {f.Expected} {f.Margin}: {f.Message}");
        Assert.That(Evaluate(), Has.Count.EqualTo(Rules.Rules.Count));
    }

    [Test]
    public void The_reference_files_parse_and_every_reference_unit_is_known()
    {
        Assert.That(Units.Units, Is.Not.Empty);
        Assert.That(References.References.Select(r => r.Id), Does.Contain("grain.output.inner_mongolia.2022"));
        Assert.That(References.References.All(r => Units.Find(r.Unit) is not null), Is.True);
    }

    [Test]
    public void The_bundled_rules_parse_with_every_id_they_use_defined()
    {
        var rules = Rules;
        Assert.That(rules.Rules, Has.Count.GreaterThanOrEqualTo(10));
        Assert.That(rules.Rules.All(r => r.Source.StartsWith(Report + "rules.yaml:", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void Every_catalogued_figure_resolves_to_exactly_one_mention_of_the_report()
    {
        var report = new ReportText(Report + "report.txt", Repository.Read(Report + "report.txt"));
        var figures = Catalog.Resolve(QuotedMentions.Find(report), report);
        Assert.That(figures.Keys, Is.EquivalentTo(Catalog.Ids));
        Assert.That(figures["revenue.tax.2023"].Value, Is.EqualTo(Interval.HalfOpen(67_281_350m, 67_281_450m)));
        Assert.That(figures["grain.output.2022"].Value, Is.EqualTo(Interval.HalfOpen(50_155_000m, 50_165_000m)));
        Assert.That(figures["grain.sown_area.target.2023"].Value, Is.EqualTo(Interval.AtLeast(64_700m)));
    }

    [Test]
    public void No_bundled_rule_is_broken_on_the_report_figures()
    {
        var findings = Evaluate();
        Assert.That(findings.Where(f => f.Status is CheckStatus.Error or CheckStatus.NotEvaluable).Select(f => f.Rule + ": " + f.Message), Is.Empty);
    }

    [Test]
    public void The_tax_share_passes_with_the_computed_share()
    {
        var finding = Finding("revenue.tax.share");
        Assert.That(finding.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(finding.Observed!.Lower, Is.GreaterThan(98.521m));
        Assert.That(finding.Observed!.Upper, Is.LessThan(98.523m));
        Assert.That(finding.Expected, Is.EqualTo(Interval.HalfOpen(98.45m, 98.55m)));
        Assert.That(finding.Evidence, Is.EqualTo("6728.14万元 | 6829.11万元 | 98.5%"));
        Assert.That(finding.Message, Does.StartWith("Tax revenue 6728.14万元 / general budget revenue 6829.11万元 = [98.52"));
        Assert.That(finding.Message, Does.EndWith("meets the stated tax share 98.5% = [98.45, 98.55)%."));
    }

    [Test]
    public void The_non_tax_share_and_the_sum_of_the_parts_pass()
    {
        Assert.That(Finding("revenue.nontax.share").Status, Is.EqualTo(CheckStatus.Pass));
        var sum = Finding("revenue.parts.sum");
        Assert.That(sum.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(sum.Observed!.Contains(68_291_100m), Is.True);
        Assert.That(Finding("revenue.shares.sum").Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public void The_growth_of_the_total_implied_by_its_parts_fails_at_about_one_and_a_half_percent()
    {
        var finding = Finding("revenue.growth.from_parts");
        Assert.That(finding.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(finding.Observed!.Lower, Is.GreaterThan(1.3m));
        Assert.That(finding.Observed!.Upper, Is.LessThan(1.5m));
        // 3% is printed without decimals, so it stands for [2.5, 3.5).
        Assert.That(finding.Expected, Is.EqualTo(Interval.HalfOpen(2.5m, 3.5m)));
        Assert.That(finding.Margin, Is.GreaterThan(1m));
        Assert.That(finding.Mentions, Has.Count.EqualTo(5));
    }

    [Test]
    public void The_grain_yield_fails_at_about_eighty_thousand_kilograms_per_mu()
    {
        var finding = Finding("grain.yield.possible");
        Assert.That(finding.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(finding.Observed!.Lower, Is.GreaterThan(80_000m));
        Assert.That(finding.Observed!.Upper, Is.LessThan(80_080m));
        Assert.That(finding.Expected, Is.EqualTo(Interval.Closed(50m, 1300m)));
        Assert.That(finding.Evidence, Is.EqualTo("5016万吨 | 41779.9公顷"));
    }

    [Test]
    public void The_grain_yield_in_tonnes_per_hectare_fails_at_about_twelve_hundred()
    {
        var finding = Finding("grain.yield.possible.t_per_ha");
        Assert.That(finding.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(finding.Observed!.Lower, Is.GreaterThan(1200m));
        Assert.That(finding.Observed!.Upper, Is.LessThan(1201m));
        Assert.That(finding.Expected, Is.EqualTo(Interval.Closed(0.75m, 19.5m)));
    }

    [Test]
    public void The_usual_yield_band_gives_a_warning_not_a_failure()
    {
        Assert.That(Finding("grain.yield.usual").Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public void The_grain_output_exceeds_the_province_but_not_the_country()
    {
        var province = Finding("grain.output.within_province");
        Assert.That(province.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(province.Margin, Is.EqualTo(50_155_000m - 39_005_500m));
        Assert.That(Finding("grain.output.within_country").Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public void The_area_target_implies_a_fall_of_about_ninety_percent_and_fails()
    {
        var finding = Finding("grain.sown_area.target_change");
        Assert.That(finding.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(finding.Observed!.Lower, Is.GreaterThan(-89.8m));
        Assert.That(finding.Observed!.Upper, Is.LessThan(-89.6m));
        Assert.That(finding.Expected, Is.EqualTo(Interval.Closed(-50m, 50m)));
    }
}
