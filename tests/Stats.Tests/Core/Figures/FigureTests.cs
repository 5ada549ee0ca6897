using System.Globalization;
using Stats.Core.Extraction;
using Stats.Core.Figures;
using Stats.Core.Intervals;
using Stats.Core.Text;

namespace Stats.Tests.Core.Figures;

public class FigureTests
{
    private static Mention Printed(string text, string number, decimal multiplier, string unit, string qualifier = "", MentionKind kind = MentionKind.Amount, Role role = Role.Level, decimal? value = null)
    {
        var point = number.IndexOf('.', StringComparison.Ordinal);
        return new Mention
        {
            Id = 7,
            Span = new TextSpan(0, text.Length),
            Text = text,
            Kind = kind,
            Value = value ?? decimal.Parse(number, CultureInfo.InvariantCulture) * multiplier,
            Number = number,
            Unit = unit,
            Multiplier = multiplier,
            Qualifier = qualifier,
            Decimals = point < 0 ? 0 : number.Length - point - 1,
            Role = role,
            Sentence = new TextSpan(0, text.Length),
        };
    }

    private static decimal? D(string? s) => s is null ? null : decimal.Parse(s, CultureInfo.InvariantCulture);

    // text, numeral, multiplier, unit, qualifier, expected lower, lower closed, expected upper, upper closed
    [TestCase("1.28亿元", "1.28", "100000000", "元", "", "127500000", true, "128500000", false)]
    [TestCase("5016万吨", "5016", "10000", "吨", "", "50155000", true, "50165000", false)]
    [TestCase("41779.9公顷", "41779.9", "1", "公顷", "", "41779.85", true, "41779.95", false)]
    [TestCase("2000余万元", "2000", "10000", "元", "余", "20000000", true, "30000000", false)]
    [TestCase("38万余人次", "38", "10000", "人次", "余", "380000", true, "390000", false)]
    [TestCase("100余批", "100", "1", "批", "余", "100", true, "200", false)]
    [TestCase("1.5万多人", "1.5", "10000", "人", "多", "15000", true, "16000", false)]
    [TestCase("逾30次", "30", "1", "次", "逾", "30", true, "40", false)]
    [TestCase("近1000人次", "1000", "1", "人次", "近", "900", true, "1000", true)]
    [TestCase("约100万元", "100", "10000", "元", "约", "900000", true, "1100000", true)]
    [TestCase("1.2万元左右", "1.2", "10000", "元", "左右", "10800", true, "13200", true)]
    [TestCase("6.47万亩以上", "6.47", "10000", "亩", "以上", "64700", true, null, false)]
    [TestCase("至少2个", "2", "1", "个", "至少", "2", true, null, false)]
    [TestCase("突破25万元", "25", "10000", "元", "突破", "250000", false, null, false)]
    [TestCase("超过20万元", "20", "10000", "元", "超过", "200000", false, null, false)]
    [TestCase("不足5万元", "5", "10000", "元", "不足", "0", true, "50000", false)]
    [TestCase("50万元以下", "50", "10000", "元", "以下", "0", true, "500000", true)]
    public void A_level_stands_for_its_rounding_widened_by_its_qualifier(string text, string numeral, string multiplier, string unit, string qualifier,
        string? lower, bool lowerClosed, string? upper, bool upperClosed)
    {
        var figure = Figure.FromMention(Printed(text, numeral, D(multiplier)!.Value, unit, qualifier));
        Assert.That(figure.Value, Is.EqualTo(Interval.Of(D(lower), lowerClosed, D(upper), upperClosed)));
        Assert.That(figure.Unit, Is.EqualTo(unit));
        Assert.That(figure.Text, Is.EqualTo(text));
        Assert.That(figure.MentionId, Is.EqualTo(7));
    }

    [Test]
    public void A_growth_rate_under_a_bound_may_be_negative()
    {
        var figure = Figure.FromMention(Printed("3%以下", "3", 1m, "%", "以下", MentionKind.Percent, Role.Growth));
        Assert.That(figure.Value, Is.EqualTo(Interval.Of(null, false, 3m, true)));
    }

    [Test]
    public void A_decline_printed_as_a_positive_numeral_with_a_negative_value_is_mirrored()
    {
        var figure = Figure.FromMention(Printed("2.3%", "2.3", 1m, "%", "", MentionKind.Percent, Role.Growth, value: -2.3m));
        Assert.That(figure.Value.ToString(), Is.EqualTo("(-2.35, -2.25]"));
    }

    [Test]
    public void The_print_alone_ignores_the_qualifier()
    {
        var figure = Figure.FromMention(Printed("6.47万亩以上", "6.47", 10000m, "亩", "以上"));
        Assert.That(figure.Printed, Is.EqualTo(Interval.HalfOpen(64650m, 64750m)));
    }

    [Test]
    public void An_unknown_qualifier_is_refused_rather_than_ignored()
    {
        Assert.That(() => Figure.FromMention(Printed("大概100元", "100", 1m, "元", "大概")), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void A_mention_that_is_not_a_figure_cannot_become_one()
    {
        var year = Printed("2023年", "2023", 1m, "年", kind: MentionKind.Year);
        Assert.That(() => Figure.FromMention(year), Throws.ArgumentException);
    }

    [TestCase("2000", 0, "1000")]
    [TestCase("38", 0, "1")]
    [TestCase("100", 0, "100")]
    [TestCase("1.5", 1, "0.1")]
    [TestCase("1.50", 2, "0.01")]
    [TestCase("0", 0, "1")]
    public void The_step_is_the_unit_of_the_last_significant_printed_digit(string numeral, int decimals, string step)
    {
        Assert.That(PrintedNumber.TryParse(numeral, 1m)!.Step, Is.EqualTo(D(step)));
        Assert.That(PrintedNumber.TryParse(numeral, 1m)!.Decimals, Is.EqualTo(decimals));
    }

    [TestCase("余以上", 2)]
    [TestCase("不超过", 1)]
    [TestCase("", 0)]
    public void Qualifier_words_are_read_longest_first(string words, int count)
    {
        Assert.That(QualifierWords.Parse(words), Has.Count.EqualTo(count));
        if (words == "不超过") Assert.That(QualifierWords.Parse(words)[0], Is.EqualTo(Qualifier.AtMost));
    }
}
