using Stats.Core.Findings;
using Stats.Core.Series;
using static Stats.Tests.Core.Series.SeriesFixture;

namespace Stats.Tests.Core.Series;

public class CrossYearCheckerTests
{
    // Two bulletins of a made-up county: grain agrees, the parcel count of the first year is printed ten times too large,
    // and revenue grows at a rate its printed levels do not give (as when final accounts revise a flash figure).
    private const string Bulletin2021 = "2021年，全县粮食产量8600吨，增长2.0%。全县快递业务量3210.5万件，增长12.0%。全县一般公共预算收入5.20亿元，增长4.0%。";
    private const string Bulletin2022 = "2022年，全县粮食产量8772吨，增长2.0%。全县快递业务量353万件，增长10.0%。全县一般公共预算收入5.46亿元，增长6.9%。";

    // Two budget reports: the first sets next year's revenue budget, the second restates it and reports the outcome against it.
    private const string Budget2021 = "2021年全县一般公共预算收入完成5.20亿元。2022年全县一般公共预算收入预算为5.50亿元。";
    private const string Budget2022 = "2022年全县一般公共预算收入年初预算5.50亿元，实际完成5.46亿元，为预算的99.3%，增长5.0%。";
    private const string Budget2022Restated = "2022年全县一般公共预算收入年初预算5.60亿元，实际完成5.46亿元，为预算的97.5%，增长5.0%。";

    private static CrossYearLink Only(IReadOnlyList<CrossYearLink> links, string indicator, LinkKind kind) =>
        links.Single(l => l.Indicator == indicator && l.Kind == kind);

    [Test]
    public void A_growth_rate_that_last_years_printed_level_gives_passes()
    {
        var link = Only(Links(Report(2021, Bulletin2021), Report(2022, Bulletin2022)), "全县粮食产量", LinkKind.Growth);

        Assert.That(link.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(link.Earlier.Level.Text, Is.EqualTo("8600吨"));
    }

    [Test]
    public void A_tenfold_gap_with_the_same_digits_fails_and_the_reading_names_the_decimal_shift()
    {
        var link = Only(Links(Report(2021, Bulletin2021), Report(2022, Bulletin2022)), "全县快递业务量", LinkKind.Growth);

        Assert.That(link.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(link.Reading, Is.EqualTo("decimal shift: 3210.5万件 → 321.05万件 (×0.1)"));
    }

    [Test]
    public void A_fiscal_growth_beyond_rounding_warns_as_a_customary_revision_not_a_failure()
    {
        var link = Only(Links(Report(2021, Bulletin2021), Report(2022, Bulletin2022)), "全县一般公共预算收入", LinkKind.Growth);

        Assert.That(link.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(link.Revision, Is.EqualTo("final accounts"));
        Assert.That(link.Reading, Is.Empty, "no slip of 5.20亿元 gives the stated growth");
    }

    [Test]
    public void Last_years_target_against_this_years_outcome_is_information_and_the_stated_share_is_checked()
    {
        var links = Links(Report(2021, Budget2021), Report(2022, Budget2022));

        var target = Only(links, "全县一般公共预算收入", LinkKind.Target);
        Assert.That(target.Outcome, Is.EqualTo("missed"));
        Assert.That(target.Status, Is.EqualTo(CheckStatus.Pass), "a missed target is no failure; the stated 99.3% agrees");
        Assert.That(Only(links, "全县一般公共预算收入", LinkKind.Restated).Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(Only(links, "全县一般公共预算收入", LinkKind.Growth).Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public void A_budget_restated_otherwise_than_it_was_set_warns_as_a_budget_restatement()
    {
        var links = Links(Report(2021, Budget2021), Report(2022, Budget2022Restated));

        var restated = Only(links, "全县一般公共预算收入", LinkKind.Restated);
        Assert.That(restated.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(restated.Revision, Is.EqualTo("budget restatement"));
        Assert.That(Only(links, "全县一般公共预算收入", LinkKind.Target).Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public void Reports_of_one_year_give_no_link()
    {
        Assert.That(Links(Report(2022, Bulletin2022), Report(2022, Budget2022)), Is.Empty);
    }

    [TestCase("上年为8600吨", CheckStatus.Pass)]
    [TestCase("上年为8680吨", CheckStatus.Warn)]
    public void Last_years_figure_restated_this_year_is_checked_against_what_last_year_printed(string restated, CheckStatus expected)
    {
        var links = Links(Report(2021, "2021年，全县粮食产量8600吨。"), Report(2022, $"2022年，全县粮食产量8772吨，{restated}。"));

        Assert.That(Only(links, "全县粮食产量", LinkKind.Restated).Status, Is.EqualTo(expected));
    }

    [Test]
    public void The_tail_of_a_number_split_at_a_spaced_separator_is_no_level_and_the_growth_stays_with_its_level()
    {
        var links = Links(Report(2021, "2021年，全县基金支出989,289万元。"), Report(2022, "2022年，全县基金支出846,150万元，比上年减支143, 139万元，下降14.47%。"));

        var growth = Only(links, "全县基金支出", LinkKind.Growth);
        Assert.That(growth.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(growth.Statement!.Text, Is.EqualTo("14.47%"));
    }

    [TestCase("2022年，全县粮食产量增长3%左右。", "met")]
    [TestCase("力争2022年全县粮食产量增长2.5%。", "missed")]
    public void Last_years_growth_target_against_this_years_stated_growth_is_information(string plan, string outcome)
    {
        var links = Links(Report(2021, "2021年，全县粮食产量8600吨。" + plan), Report(2022, "2022年，全县粮食产量8772吨，增长2.0%。".Replace("2.0%", outcome == "met" ? "3.5%" : "2.0%", StringComparison.Ordinal)));

        var target = Only(links, "全县粮食产量", LinkKind.Target);
        Assert.That(target.Outcome, Is.EqualTo(outcome));
        Assert.That(target.Status, Is.EqualTo(CheckStatus.NotEvaluable), "a target met or missed is information, not a check");
    }
}
