using Stats.Core.Checks;
using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Text;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Core.Diagnosis;

/// <summary>Ranking on small synthetic reports checked by the generic checks alone.</summary>
public class DiagnoserTests
{
    private static (IReadOnlyList<Finding> Findings, IReadOnlyList<Hypothesis> Hypotheses) Diagnose(string text)
    {
        var report = new ReportText("synthetic", text);
        var checker = new Checker(report, new Extractor().Extract(report), CheckedText.GenericChecks);
        var findings = checker.Check();
        IReadingGenerator[] generators =
        [
            new UnitSlipGenerator(CheckedText.ReferenceData.UnitFamilies), new DecimalShiftGenerator(), new DigitTypoGenerator(), new BasisGenerator(), new YearGenerator(),
        ];
        return (findings, new Diagnoser(checker, generators).Diagnose(findings));
    }

    [Test]
    public void Parts_exceeding_their_exhaustive_total_are_explained_by_a_digit_typo_that_breaks_nothing()
    {
        var (findings, hypotheses) = Diagnose("全年完成一般公共预算收入1.00亿元，其中税收收入0.80亿元，非税收入0.30亿元。");
        var parts = findings.Single(f => f.Kind == "parts");
        Assert.That(parts.Status, Is.EqualTo(CheckStatus.Fail));

        var top = hypotheses.Where(h => h.Rule == parts.Rule).OrderBy(h => h.Rank).First();

        Assert.That(top.Kind, Is.EqualTo("typo"));
        Assert.That(top.Reading, Is.AnyOf("0.70亿元", "0.20亿元"));
        Assert.That((top.ChecksFixed, top.ChecksBroken), Is.EqualTo((1, 0)));
    }

    [Test]
    public void Hypotheses_of_a_rule_are_ranked_by_score_with_rank_1_first()
    {
        var (_, hypotheses) = Diagnose("全年完成一般公共预算收入1.00亿元，其中税收收入0.80亿元，非税收入0.30亿元。");

        foreach (var rule in hypotheses.GroupBy(h => h.Rule))
        {
            Assert.That(rule.Select(h => h.Rank), Is.EqualTo(Enumerable.Range(1, rule.Count())));
            Assert.That(rule.OrderBy(h => h.Rank).Select(h => h.Score), Is.Ordered.Descending);
        }
    }

    [Test]
    public void A_reading_that_breaks_other_checks_ranks_below_one_that_breaks_none()
    {
        // Reading 1.8亿元 as 1.8万元 fixes the parts check but breaks the share of the other part.
        var (findings, hypotheses) = Diagnose("全年完成一般公共预算收入2.00亿元，其中税收收入1.80亿元，占比90%；非税收入0.30亿元，占比10%。");
        var failed = findings.Where(f => f.Status == CheckStatus.Fail).Select(f => f.Rule).ToList();
        Assert.That(failed, Is.Not.Empty);

        foreach (var rule in hypotheses.GroupBy(h => h.Rule))
        {
            var ranked = rule.OrderBy(h => h.Rank).ToList();
            var firstBreaking = ranked.FindIndex(h => h.ChecksFixed - h.ChecksBroken < ranked[0].ChecksFixed - ranked[0].ChecksBroken);
            if (firstBreaking >= 0) Assert.That(ranked.Skip(firstBreaking).All(h => h.Score < ranked[0].Score), Is.True);
        }
    }

    [Test]
    public void An_impossible_yield_no_single_change_explains_is_explained_by_a_pair_of_unit_readings()
    {
        var (findings, hypotheses) = Diagnose("粮食种植总面积达到41779.9公顷，全年粮食产量达到5016万吨。");
        var yield = findings.Single(f => f.Kind == "per_unit");
        Assert.That(yield.Status, Is.EqualTo(CheckStatus.Fail));

        var top = hypotheses.Where(h => h.Rule == yield.Rule).OrderBy(h => h.Rank).First();

        Assert.That(top.Mentions, Has.Count.EqualTo(2));
        Assert.That(top.Kind, Does.StartWith("unit+"));
        Assert.That(top.Reading, Does.StartWith("5016万斤 | "));
        Assert.That(top.Explanation, Does.Contain("kg/亩").And.Contain("t/ha").And.Contain("within the usual"));
    }

    [Test]
    public void A_check_that_passes_gets_no_hypotheses()
    {
        var (_, hypotheses) = Diagnose("全年完成一般公共预算收入1.00亿元，其中税收收入0.67亿元，非税收入0.34亿元。");

        Assert.That(hypotheses, Is.Empty);
    }

    [Test]
    public void A_yearly_rate_over_a_wrong_span_is_explained_by_a_misprinted_year()
    {
        // 100.0 to 146.4 is 10% a year over four years, not five: 2019 is likelier a slip for 2020 than any figure is.
        var (findings, hypotheses) = Diagnose("全社会研发投入从2019年的100.0亿元增长到2024年的146.4亿元，年均增长10.0%。");
        var compound = findings.Single(f => f.Kind == "compound");
        Assert.That(compound.Status, Is.EqualTo(CheckStatus.Fail));

        var top = hypotheses.Where(h => h.Rule == compound.Rule).OrderBy(h => h.Rank).First();

        Assert.That((top.Kind, top.Reading), Is.EqualTo(("year", "2020年")));
    }

    [Test]
    public void An_amount_restated_with_two_digits_swapped_is_explained_by_the_swap()
    {
        var (findings, hypotheses) = Diagnose("一、收支概况\n全县一般公共预算支出18.46亿元，增长4.2%。\n二、支出结构\n全县一般公共预算支出18.64亿元，重点保障教育。\n");
        var restated = findings.Single(f => f.Kind == "restatement");
        Assert.That(restated.Status, Is.EqualTo(CheckStatus.Warn));

        var readings = hypotheses.Where(h => h.Rule == restated.Rule && h.Rank == 1).Select(h => (h.Kind, h.Reading)).ToList();

        Assert.That(readings, Is.SubsetOf(new[] { ("typo", "18.46亿元"), ("typo", "18.64亿元") }).And.Not.Empty);
    }
}
