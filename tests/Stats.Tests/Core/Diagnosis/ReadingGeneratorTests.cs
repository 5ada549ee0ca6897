using Stats.Core.Diagnosis;
using Stats.Core.Extraction;

namespace Stats.Tests.Core.Diagnosis;

public class ReadingGeneratorTests
{
    private static readonly UnitFamily[] Families =
    [
        new("mass", ["吨", "万吨", "斤", "万斤", "公斤", "万公斤"]),
        new("area", ["公顷", "亩", "万亩", "平方公里"]),
        new("money", ["元", "万元", "亿元"]),
    ];

    [Test]
    public void A_unit_slip_keeps_the_numeral_and_tries_every_other_unit_of_the_family()
    {
        var output = Figures.Of("5016", 10000m, "吨");

        var readings = new UnitSlipGenerator(Families).For(output).ToList();

        Assert.That(readings.Select(r => r.Text), Is.EquivalentTo(new[] { "5016吨", "5016斤", "5016万斤", "5016公斤", "5016万公斤" }));
        var jin = readings.Single(r => r.Text == "5016万斤").Changed;
        Assert.That((jin.Value, jin.Unit, jin.Multiplier, jin.Number), Is.EqualTo((50160000m, "斤", 10000m, "5016")));
    }

    [Test]
    public void A_unit_slip_is_not_proposed_for_a_unit_outside_every_family()
    {
        Assert.That(new UnitSlipGenerator(Families).For(Figures.Of("12", 1m, "座", MentionKind.Count)), Is.Empty);
    }

    [Test]
    public void Hectares_slip_to_mu_with_the_same_numeral()
    {
        var area = Figures.Of("41779.9", 1m, "公顷");

        var mu = new UnitSlipGenerator(Families).For(area).Single(r => r.Text == "41779.9亩").Changed;

        Assert.That((mu.Value, mu.Unit, mu.Decimals), Is.EqualTo((41779.9m, "亩", 1)));
    }

    [TestCase("5016", "516", Description = "a deleted digit")]
    [TestCase("5016", "50160", Description = "an inserted digit")]
    [TestCase("5016", "5010", Description = "a substituted digit")]
    [TestCase("5016", "5106", Description = "two adjacent digits swapped")]
    [TestCase("98.5", "89.5", Description = "swapped across the integer part")]
    [TestCase("98.5", "98.6", Description = "a substituted decimal")]
    [TestCase("98.5", "98.55", Description = "an inserted decimal")]
    public void A_digit_typo_reading_includes(string printed, string expected)
    {
        var readings = new DigitTypoGenerator().For(Figures.Of(printed, 1m, "%", MentionKind.Percent)).Select(r => r.Changed.Number);

        Assert.That(readings, Does.Contain(expected));
    }

    [Test]
    public void Digit_typos_never_repeat_the_printed_numeral_nor_each_other()
    {
        var readings = new DigitTypoGenerator().For(Figures.Of("5016", 1m, "吨")).Select(r => r.Changed.Number).ToList();

        Assert.That(readings, Does.Not.Contain("5016"));
        Assert.That(readings, Is.Unique);
    }

    [Test]
    public void A_digit_typo_recomputes_value_and_decimals_under_the_multiplier()
    {
        var reading = new DigitTypoGenerator().For(Figures.Of("1.28", 100000000m, "元", MentionKind.Amount)).First(r => r.Changed.Number == "1.2");

        Assert.That((reading.Changed.Value, reading.Changed.Decimals), Is.EqualTo((120000000m, 1)));
    }

    [Test]
    public void A_shifted_decimal_point_moves_by_up_to_three_places_either_way()
    {
        var readings = new DecimalShiftGenerator().For(Figures.Of("41779.9", 1m, "公顷")).Select(r => r.Changed.Number);

        Assert.That(readings, Is.EquivalentTo(new[] { "41.7799", "417.799", "4177.99", "417799", }));
    }

    [Test]
    public void A_growth_rate_may_be_at_comparable_prices()
    {
        var growth = Figures.Of("3", 1m, "%", MentionKind.Percent, Role.Growth) with { Subject = "地区生产总值" };

        var reading = new BasisGenerator().For(growth).Single();

        Assert.That((reading.Kind, reading.Assumption), Is.EqualTo(("basis", Assumption.RealGrowth)));
    }

    [Test]
    public void Revenue_growth_is_never_taken_at_comparable_prices()
    {
        var growth = Figures.Of("3", 1m, "%", MentionKind.Percent, Role.Growth) with { Subject = "一般公共预算收入" };

        Assert.That(new BasisGenerator().For(growth), Is.Empty);
    }

    [Test]
    public void A_rate_may_mean_at_least()
    {
        var rate = Figures.Of("95", 1m, "%", MentionKind.Percent, Role.Rate);

        var reading = new BasisGenerator().For(rate).Single();

        Assert.That(reading.Changed.Qualifier, Is.EqualTo("以上"));
    }

    [Test]
    public void A_total_may_head_a_list_that_is_not_exhaustive()
    {
        var total = Figures.Of("6829.11", 10000m, "元", MentionKind.Amount);

        Assert.That(new BasisGenerator().For(total).Single().Assumption, Is.EqualTo(Assumption.NotExhaustive));
    }
}
