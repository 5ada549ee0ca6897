using System.Globalization;
using System.Text;
using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Tests.RealText;

/// <summary>
/// Extraction on public reports nobody here wrote, against gold lists written by reading them (Fixtures/RealGold): precision
/// and recall of figures whose value and unit are both right, per file and pooled.
/// </summary>
[Category(RealCorpus.Category)]
public sealed class RealExtractionTests
{
    /// <summary>The bar every file must clear, and the bar of the pooled figures.</summary>
    private const double FileBar = 0.95;
    private const double PooledBar = 0.98;

    private static readonly Lazy<IReadOnlyList<ExtractionAccuracy>> Accuracy = new(() => GoldRow.Files().Select(Measure).ToList());

    private static ExtractionAccuracy Measure(string name)
    {
        var text = RealCorpus.Read(name);
        var mentions = new Extractor().Extract(new ReportText(name, text));
        return ExtractionAccuracy.Of(name, text, GoldRow.Load(name), mentions);
    }

    public static IEnumerable<string> GoldFiles() => GoldRow.Files();

    [TestCaseSource(nameof(GoldFiles))]
    public void Every_gold_row_names_the_text_at_its_offsets(string name)
    {
        var text = RealCorpus.Read(name);
        foreach (var row in GoldRow.Load(name))
            Assert.That(text[row.Start..row.End], Is.EqualTo(row.Text), $"{name}.tsv at {row.Start}");
    }

    [Test]
    public void At_least_twelve_real_texts_of_several_kinds_have_a_gold_list()
    {
        var files = GoldRow.Files().ToList();
        Assert.That(files, Has.Count.GreaterThanOrEqualTo(12));
        foreach (var kind in new[] { "gwr", "bulletin", "budget", "finalacct" })
            Assert.That(files, Has.Some.Contains(kind), kind);
    }

    [Test]
    public void Pooled_precision_and_recall_clear_the_bar_and_every_file_clears_its_own()
    {
        RealCorpus.RequireFolder();
        var rows = Accuracy.Value;
        var table = new StringBuilder("file\tgold\textracted\tmatched\tprecision\trecall\n");
        foreach (var a in rows)
            table.Append(CultureInfo.InvariantCulture, $"{a.File}\t{a.Gold}\t{a.Extracted}\t{a.Matched}\t{a.Precision:0.000}\t{a.Recall:0.000}\n");
        var (gold, extracted, matched) = (rows.Sum(a => a.Gold), rows.Sum(a => a.Extracted), rows.Sum(a => a.Matched));
        var (precision, recall) = ((double)matched / extracted, (double)matched / gold);
        table.Append(CultureInfo.InvariantCulture, $"pooled\t{gold}\t{extracted}\t{matched}\t{precision:0.000}\t{recall:0.000}\n");
        TestContext.Out.Write(table.ToString());
        foreach (var a in rows.Where(a => a.Missed.Count + a.Wrong.Count > 0))
        {
            TestContext.Out.WriteLine($"== {a.File}");
            foreach (var m in a.Missed) TestContext.Out.WriteLine($"missed\t{m}");
            foreach (var w in a.Wrong) TestContext.Out.WriteLine($"wrong\t{w}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(Math.Min(precision, recall), Is.GreaterThanOrEqualTo(PooledBar), $"pooled precision {precision:0.000}, recall {recall:0.000}");
            foreach (var a in rows)
                Assert.That(Math.Min(a.Precision, a.Recall), Is.GreaterThanOrEqualTo(FileBar), $"{a.File}: precision {a.Precision:0.000}, recall {a.Recall:0.000}");
        });
    }
}
