using System.Globalization;
using Stats.Core.Extraction;

namespace Stats.Tests.Core.Extraction;

/// <summary>The extractor against the bundled report and the figure lists written by reading it.</summary>
public sealed class BundledReportGoldenTests
{
    private IReadOnlyList<Mention> mentions = [];

    [OneTimeSetUp]
    public void ExtractTheBundledReport() => mentions = new Extractor().Extract(BundledReport.Load());

    [Test]
    public void Every_figure_in_the_report_is_found_with_its_value_and_unit_and_nothing_else_is_a_figure()
    {
        var expected = BundledReport.Fixture("figures")
            .Select(r => $"{r[0]}\t{r[1]}\t{decimal.Parse(r[2], CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture)}\t{r[3]}")
            .ToList();
        var actual = mentions.Where(m => m.IsFigure)
            .Select(m => $"{m.Text}\t{m.Kind.Name()}\t{m.Value?.ToString("G29", CultureInfo.InvariantCulture)}\t{m.Unit}")
            .ToList();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Every_year_date_time_identifier_name_and_ordinal_comes_out_with_its_kind_and_never_as_a_figure()
    {
        var expected = BundledReport.Fixture("nonfigures");
        var nonFigures = mentions.Where(m => !m.IsFigure).ToList();
        var actual = nonFigures.Select(m => $"{m.Text}\t{m.Kind.Name()}").ToList();
        Assert.That(actual, Is.EqualTo(expected.Select(r => $"{r[0]}\t{r[1]}").ToList()));
        Assert.That(nonFigures.All(m => m.Value is null), Is.True, "non-figures have no value");
        var expectedTexts = expected.Select(r => r[0]).ToHashSet();
        Assert.That(mentions.Where(m => m.IsFigure && expectedTexts.Contains(m.Text)).Select(m => m.Text), Is.Empty);
    }

    [TestCase("1.28亿元", 2022, Basis.Actual, "固定资产投资", "一、2022年工作回顾")]
    [TestCase("5016万吨", 2022, Basis.Actual, "粮食产量", "一、2022年工作回顾")]
    [TestCase("41779.9公顷", 2022, Basis.Actual, "粮食种植总面积", "一、2022年工作回顾")]
    [TestCase("6.47万亩以上", 2023, Basis.Target, "粮食种植面积", "二、2023年工作计划 / (二)聚焦“三农”强产业,奏响美丽乡村新乐章")]
    [TestCase("6829.11万元", 2023, Basis.Target, "一般公共预算收入", "二、2023年工作计划")]
    [TestCase("6728.14万元", 2023, Basis.Target, "税收收入", "二、2023年工作计划")]
    public void A_level_figure_carries_its_period_basis_subject_and_section(string text, int period, Basis basis, string subject, string section)
    {
        var figure = Single(text);
        Assert.That(figure.Period, Is.EqualTo(period));
        Assert.That(figure.Basis, Is.EqualTo(basis));
        Assert.That(figure.Subject, Is.EqualTo(subject));
        Assert.That(figure.Section, Is.EqualTo(section));
    }

    [TestCase("10.95%", Role.Growth, "1.28亿元")]
    [TestCase("1.4%", Role.Growth, "6728.14万元")]
    [TestCase("98.5%", Role.Share, "6728.14万元")]
    [TestCase("1.5%", Role.Share, "100.97万元")]
    [TestCase("3.4%", Role.Growth, "41779.9公顷")]
    [TestCase("5.2%", Role.Growth, "5016万吨")]
    public void A_growth_rate_or_share_links_to_the_level_it_qualifies(string rate, Role role, string level)
    {
        var figure = Single(rate);
        Assert.That(figure.Role, Is.EqualTo(role));
        Assert.That(figure.LinkedTo, Is.EqualTo(Single(level).Id));
    }

    [Test]
    public void The_year_in_a_target_sentence_is_a_year_mention_beside_the_figure()
    {
        var target = Single("6.47万亩以上");
        var year = mentions.Last(m => m.Span.End <= target.Span.Start);
        Assert.That((year.Text, year.Kind), Is.EqualTo(("2023年", MentionKind.Year)));
        Assert.That(year.Sentence, Is.EqualTo(target.Sentence));
    }

    [Test]
    public void Rates_named_with_率_are_rates_without_a_link()
    {
        var coverage = Single("96.8%");
        Assert.That((coverage.Role, coverage.LinkedTo, coverage.Subject), Is.EqualTo((Role.Rate, (int?)null, "覆盖率")));
    }

    [Test]
    public void Mentions_are_sorted_disjoint_numbered_and_equal_to_the_text_they_span()
    {
        var content = BundledReport.Load().Content;
        Assert.That(mentions.Select(m => m.Id), Is.EqualTo(Enumerable.Range(1, mentions.Count)));
        Assert.That(mentions.All(m => m.Text == content[m.Span.Start..m.Span.End]), Is.True);
        Assert.That(mentions.Zip(mentions.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start), Is.True);
        Assert.That(mentions.All(m => m.Sentence.Contains(m.Span)), Is.True);
    }

    private Mention Single(string text)
    {
        var found = mentions.Where(m => m.Text == text).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"exactly one mention '{text}'");
        return found[0];
    }
}
