using Stats.Core.DataFiles;
using Stats.Core.Extraction;
using Stats.Core.Figures;
using Stats.Core.Intervals;
using Stats.Core.Text;

namespace Stats.Tests.Core.Figures;

public class FigureCatalogTests
{
    private const string Text = "完成一般公共预算收入6829.11万元,同比增长3%。其中,非税收收入预计完成100.97万元,同比增长3%,占比1.5%。力争粮食种植面积达到6.47万亩以上。";

    private static readonly ReportText Report = new("report.txt", Text);

    private static IReadOnlyList<Mention> Mentions => QuotedMentions.Find(Report);

    private static FigureCatalog Catalog(string entries) => FigureCatalog.Parse("figures:\n" + entries, "figures.yaml");

    [Test]
    public void A_unique_quote_resolves_to_its_mention()
    {
        var figures = Catalog("  - id: revenue.total\n    label_en: general budget revenue\n    quote: 6829.11万元\n    period: 2023\n    basis: target\n").Resolve(Mentions, Report);
        var figure = figures["revenue.total"];
        Assert.That(figure.Value, Is.EqualTo(Interval.HalfOpen(68291050m, 68291150m)));
        Assert.That(figure.Label, Is.EqualTo("general budget revenue"));
        Assert.That(figure.MentionId, Is.EqualTo(1));
    }

    [Test]
    public void A_quote_may_be_the_beginning_of_the_text_as_printed()
    {
        var figure = Catalog("  - id: area.target\n    quote: 6.47万亩\n").Resolve(Mentions, Report)["area.target"];
        Assert.That(figure.Text, Is.EqualTo("6.47万亩以上"));
        Assert.That(figure.Value, Is.EqualTo(Interval.AtLeast(64700m)));
    }

    [Test]
    public void Near_words_pick_the_mention_whose_sentence_holds_them()
    {
        var catalog = Catalog("  - id: g.total\n    quote: 3%\n    near: 一般公共预算收入\n  - id: g.nontax\n    quote: 3%\n    near: [非税收收入, 占比]\n");
        var figures = catalog.Resolve(Mentions, Report);
        Assert.That(figures["g.total"].MentionId, Is.EqualTo(2));
        Assert.That(figures["g.nontax"].MentionId, Is.EqualTo(4));
    }

    [Test]
    public void A_quote_does_not_match_a_longer_number()
    {
        var e = Assert.Throws<DataFileException>(() => Catalog("  - id: x\n    quote: '100'\n").Resolve(Mentions, Report));
        Assert.That(e!.Reason, Does.Contain("matched 0"));
    }

    [TestCase("  - id: x\n    quote: 3%\n", 2, 12, "matched 2")]
    [TestCase("  - id: x\n    label_en: x\n    quote: 7.5%\n", 3, 12, "matched 0")]
    [TestCase("  - id: x\n    quote: 3%\n    near: 粮食\n", 2, 12, "matched 0")]
    public void Anything_but_one_match_is_an_error_at_the_quote(string entries, int line, int column, string reason)
    {
        var e = Assert.Throws<DataFileException>(() => Catalog(entries).Resolve(Mentions, Report));
        Assert.That((e!.File, e.Line, e.Column), Is.EqualTo(("figures.yaml", line + 1, column)));
        Assert.That(e.Reason, Does.Contain(reason));
    }

    [Test]
    public void Year_and_date_mentions_are_never_figures()
    {
        var year = new Mention { Id = 9, Span = new TextSpan(0, 5), Text = "2023年", Kind = MentionKind.Year, Value = 2023m, Number = "2023", Sentence = new TextSpan(0, 5) };
        var e = Assert.Throws<DataFileException>(() => Catalog("  - id: x\n    quote: '2023'\n").Resolve([year], Report));
        Assert.That(e!.Reason, Does.Contain("matched 0"));
    }

    [TestCase("  - id: x\n    quote: 3%\n  - id: x\n    quote: 1.5%\n", 3, 9, "defined twice")]
    [TestCase("  - id: ref.x\n    quote: 3%\n", 1, 9, "not a figure id")]
    [TestCase("  - id: x\n    quote: 3%\n    basis: planned\n", 3, 12, "not a basis")]
    [TestCase("  - id: x\n    quote: 3%\n    period: 二〇二三\n", 3, 13, "not a year")]
    [TestCase("  - id: x\n", 1, 5, "Missing key 'quote'")]
    public void A_broken_catalogue_is_an_error_at_its_line_and_column(string entries, int line, int column, string reason)
    {
        var e = Assert.Throws<DataFileException>(() => Catalog(entries));
        Assert.That((e!.Line, e.Column), Is.EqualTo((line + 1, column)), e.Message);
        Assert.That(e.Reason, Does.Contain(reason));
    }
}
