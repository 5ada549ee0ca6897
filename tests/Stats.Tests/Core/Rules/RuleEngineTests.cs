using System.Globalization;
using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.References;
using Stats.Core.Rules;
using Stats.Core.Units;

namespace Stats.Tests.Core.Rules;

public class RuleEngineTests
{
    private static readonly UnitCatalog Units = UnitCatalog.Parse(Repository.Read("data/reference/units.yaml"), "data/reference/units.yaml");

    private static readonly ReferenceSet References = ReferenceSet.Parse("""
        references:
          - id: band
            low: 50
            high: 1300
            unit: kg/亩
            source: facts.md
          - id: province.output
            value: 3900.5
            unit: 万吨
            source: facts.md
        """, "refs.yaml", Units);

    private static Figure F(decimal lower, decimal upper, string unit, string text, int mention) =>
        new(Interval.HalfOpen(lower, upper), unit, text) { MentionId = mention, Label = text };

    private static readonly Dictionary<string, Figure> Figures = new()
    {
        ["tax"] = F(67_281_350m, 67_281_450m, "元", "6728.14万元", 1),
        ["total"] = F(68_291_050m, 68_291_150m, "元", "6829.11万元", 2),
        ["share"] = F(98.45m, 98.55m, "%", "98.5%", 3),
        ["output"] = F(50_155_000m, 50_165_000m, "吨", "5016万吨", 4),
        ["area"] = F(41_779.85m, 41_779.95m, "公顷", "41779.9公顷", 5),
        ["zero"] = F(0m, 0.5m, "元", "0元", 6),
    };

    private static IReadOnlyList<Finding> Run(string rules, IReadOnlyDictionary<string, Figure>? figures = null)
    {
        var set = RuleSet.Parse("rules:\n" + rules, "rules.yaml", Figures.Keys, References, Units);
        return new RuleEngine(set, References, Units).Evaluate(figures ?? Figures);
    }

    private static string R(string id, string severity, string expression) =>
        $"  - id: {id}\n    label: {id} label\n    severity: {severity}\n    expression: '{expression}'\n";

    [Test]
    public void A_rule_that_holds_passes_with_its_evidence_and_arithmetic()
    {
        var f = Run(R("s", "error", "share(tax, total) == share")).Single();
        Assert.That(f.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(f.Mentions, Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(f.Evidence, Is.EqualTo("6728.14万元 | 6829.11万元 | 98.5%"));
        Assert.That(f.Margin, Is.EqualTo(0m));
        Assert.That(f.Origin.ToString(), Is.EqualTo("rules.yaml:2"));
        Assert.That(f.Label, Is.EqualTo("s label"));
        Assert.That(f.Kind, Is.EqualTo("rule"));
        Assert.That(f.Message, Is.EqualTo("6728.14万元 6728.14万元 / 6829.11万元 6829.11万元 = [98.5213, 98.5217]% meets the stated 98.5% 98.5% = [98.45, 98.55)%."));
    }

    [TestCase("error", CheckStatus.Fail)]
    [TestCase("warning", CheckStatus.Warn)]
    [TestCase("info", CheckStatus.Fail)]
    public void A_rule_that_fails_fails_or_warns_by_its_severity(string severity, CheckStatus expected)
    {
        var f = Run(R("p", severity, "output <= ref.province.output")).Single();
        Assert.That(f.Status, Is.EqualTo(expected));
        Assert.That(f.Observed, Is.EqualTo(Interval.HalfOpen(50_155_000m, 50_165_000m)));
        Assert.That(f.Expected, Is.EqualTo(Interval.HalfOpen(39_004_500m, 39_005_500m)));
        Assert.That(f.Margin, Is.EqualTo(11_149_500m));
        Assert.That(f.Message, Does.Contain("exceeds"));
    }

    // A comparison holds when SOME values within the intervals satisfy it.
    [TestCase("share == 98.55%", false)]
    [TestCase("share == 98.45%", true)]
    [TestCase("share <= 98.45%", true)]
    [TestCase("share < 98.45%", false)]
    [TestCase("share >= 98.55%", false)]
    [TestCase("share > 98.54%", true)]
    [TestCase("share in [90%, 98.45%]", true)]
    [TestCase("share in [98.55%, 99%]", false)]
    [TestCase("-share < -98.5%", true)]
    [TestCase("abs(-share) == share", true)]
    [TestCase("max(share, 99%) == 99%", true)]
    [TestCase("min(share, 99%) == share", true)]
    [TestCase("sum(tax, tax) == 2 * tax", true)]
    [TestCase("convert(area, \"亩\") == 626698.5 \"亩\"", true)]
    [TestCase("base(total, 3%) * (1 + 3%) == total", true)]
    [TestCase("growth(total, base(total, 3%)) == 3%", true)]
    public void Comparisons_hold_when_some_values_satisfy_them(string expression, bool holds)
    {
        var f = Run(R("c", "error", expression)).Single();
        Assert.That(f.Status, Is.EqualTo(holds ? CheckStatus.Pass : CheckStatus.Fail), f.Message);
    }

    [Test]
    public void Division_by_an_interval_touching_zero_is_not_evaluable()
    {
        var f = Run(R("z", "error", "tax / zero <= 1")).Single();
        Assert.That(f.Status, Is.EqualTo(CheckStatus.NotEvaluable));
        Assert.That(f.Message, Does.Contain("touches zero"));
        Assert.That(f.Evidence, Is.EqualTo("6728.14万元 | 0元"));
    }

    [Test]
    public void A_missing_figure_is_not_evaluable()
    {
        var figures = new Dictionary<string, Figure>(Figures);
        figures.Remove("total");
        var f = Run(R("m", "error", "share(tax, total) == share"), figures).Single();
        Assert.That(f.Status, Is.EqualTo(CheckStatus.NotEvaluable));
        Assert.That(f.Message, Does.Contain("'total' was not found"));
    }

    [Test]
    public void A_broken_rule_is_an_error_and_the_run_goes_on()
    {
        var findings = Run(R("mixed", "error", "tax + output == total") + R("fine", "error", "tax <= total"));
        Assert.That(findings.Select(f => f.Status), Is.EqualTo(new[] { CheckStatus.Error, CheckStatus.Pass }));
        Assert.That(findings[0].Message, Does.Contain("one dimension"));
    }

    [TestCase("tax == area")]
    [TestCase("convert(tax, \"亩\") == area")]
    [TestCase("growth(tax, area) == 1%")]
    [TestCase("base(tax, area) == tax")]
    [TestCase("share(tax, output) == 1%")]
    public void Mixing_dimensions_is_an_error(string expression)
    {
        Assert.That(Run(R("d", "error", expression)).Single().Status, Is.EqualTo(CheckStatus.Error));
    }

    [Test]
    public void A_yield_is_computed_across_units()
    {
        var f = Run(R("y", "error", "convert(output / area, \"kg/亩\") in ref.band")).Single();
        Assert.That(f.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(f.Observed!.Lower, Is.GreaterThan(80_030m));
        Assert.That(f.Observed!.Upper, Is.LessThan(80_047m));
    }

    [Test]
    public void A_hypothesis_replaces_one_figure_and_every_rule_is_re_run()
    {
        const string rules = "  - id: y\n    severity: error\n    expression: convert(output / area, \"kg/亩\") in ref.band\n";
        var hypothesis = new Dictionary<string, Figure>(Figures)
        {
            // 5016万吨 read as 5016万公斤: 50,160,000 kg on 626,698.5 亩 ≈ 80 kg/亩, within the possible band.
            ["output"] = Figures["output"] with { Unit = "公斤" },
        };
        Assert.That(Run(rules).Single().Status, Is.EqualTo(CheckStatus.Fail));
        var rerun = Run(rules, hypothesis).Single();
        Assert.That(rerun.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(rerun.Observed!.Lower, Is.GreaterThan(80m));
        Assert.That(rerun.Observed!.Upper, Is.LessThan(80.1m));
    }

    [Test]
    public void Messages_are_culture_invariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.That(Run(R("s", "error", "share(tax, total) == share")).Single().Message, Does.Contain("[98.5213, 98.5217]%"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void Definitions_are_evaluated_once_per_run_and_still_name_their_figures()
    {
        var set = RuleSet.Parse("""
            define:
              - id: yield
                expression: convert(output / area, "kg/亩")
            rules:
              - id: a
                severity: error
                expression: yield in ref.band
              - id: b
                severity: warning
                expression: yield <= 1300 "kg/亩"
            """, "rules.yaml", Figures.Keys, References, Units);
        var findings = new RuleEngine(set, References, Units).Evaluate(Figures);
        Assert.That(findings.Select(f => f.Evidence), Is.EqualTo(new[] { "5016万吨 | 41779.9公顷", "5016万吨 | 41779.9公顷" }));
        Assert.That(findings.Select(f => f.Status), Is.EqualTo(new[] { CheckStatus.Fail, CheckStatus.Warn }));
    }
}
