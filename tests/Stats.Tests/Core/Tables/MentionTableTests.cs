using System.Globalization;
using Stats.Core.Extraction;
using Stats.Core.Tables;
using Stats.Core.Text;
using Stats.Pipeline.Tables;

namespace Stats.Tests.Core.Tables;

public class MentionTableTests
{
    private static readonly ReportText Report = new("r.txt", "标题\n全年总收入1.99亿元,其中\"一般\"收入1.85亿元，同比增长3%。");

    private static Mention At(int id, string text, MentionKind kind, decimal? value, string unit) 
    {
        var start = Report.Content.IndexOf(text, StringComparison.Ordinal);
        return new Mention
        {
            Id = id,
            Span = new TextSpan(start, start + text.Length),
            Text = text,
            Kind = kind,
            Value = value,
            Unit = unit,
            Multiplier = 100000000m,
            Dimension = Dimension.Money,
            Decimals = 2,
            Period = 2022,
            Basis = Basis.Actual,
            Subject = "全年总收入",
            Section = "一、回顾 / (一)财政",
            Sentence = new TextSpan(3, Report.Content.Length),
        };
    }

    [Test]
    public void A_table_written_as_csv_and_loaded_back_gives_the_same_mentions()
    {
        Mention[] mentions =
        [
            At(1, "1.99亿元", MentionKind.Amount, 199000000m, "元"),
            At(2, "1.85亿元", MentionKind.Amount, 185000000m, "元") with { Qualifier = "余" },
            At(3, "3%", MentionKind.Percent, 3m, "%") with { Role = Role.Growth, LinkedTo = 2, Sign = -1, Multiplier = 1m, Dimension = Dimension.Percent, Decimals = 0 },
        ];
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "roundtrip-mentions.csv");
        File.WriteAllBytes(path, CsvFile.ToBytes(MentionTable.ToDataFrame(mentions, Report)));

        var loaded = MentionTable.FromDataFrame(CsvFile.Load(path, MentionTable.Schema));

        Assert.That(loaded, Is.EqualTo(mentions));
    }

    [Test]
    public void The_csv_is_utf8_without_bom_with_invariant_numbers_under_any_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var bytes = CsvFile.ToBytes(MentionTable.ToDataFrame([At(1, "1.99亿元", MentionKind.Amount, 199000000.00m, "元")], Report));
            var text = System.Text.Encoding.UTF8.GetString(bytes);

            Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(text, Does.Contain("1.99亿元"));
            Assert.That(text, Does.Contain(",199000000,"));
            Assert.That(text, Does.Not.Contain("\r"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
