using Microsoft.Data.Analysis;
using Stats.Core.Extraction;
using Stats.Core.Tables;
using Stats.Pipeline.Tables;

namespace Stats.Tests.Pipeline.Tables;

/// <summary>The CSV writer that writes cells directly gives the bytes DataFrame.SaveCsv gives, whatever the cells hold.</summary>
public sealed class CsvFileTests
{
    private static readonly string?[] AwkwardTexts =
    [
        null, "", "plain", "a,b", "line\nbreak", "carriage\rreturn", "crlf\r\nend", "say \"hi\"", "\"quoted,\"", "=SUM(A1)", "+5%",
        "-2.3", "-x", "@cell", "\ttab", "'quote", "粮食产量5016万斤", "，全角逗号", " padded ", "\"", ",", "\n",
    ];

    private static readonly decimal?[] AwkwardDecimals =
        [null, 0m, 0.00001m, -0.00001m, 1e-28m, decimal.MaxValue, decimal.MinValue, 1234567890.1234567890123456789m, 100000m, 2.50m];

    private static readonly int?[] AwkwardIntegers = [null, 0, -1, int.MaxValue, int.MinValue, 42];

    [Test]
    public void Awkward_cells_are_written_as_SaveCsv_writes_them()
    {
        var rows = Math.Max(AwkwardTexts.Length, Math.Max(AwkwardDecimals.Length, AwkwardIntegers.Length));
        var texts = new StringDataFrameColumn("text, with comma", rows);
        var decimals = new DecimalDataFrameColumn("decimal", rows);
        var integers = new Int32DataFrameColumn("int\"eger", rows);
        for (var i = 0; i < rows; i++)
        {
            texts[i] = AwkwardTexts[i % AwkwardTexts.Length];
            decimals[i] = AwkwardDecimals[i % AwkwardDecimals.Length];
            integers[i] = AwkwardIntegers[i % AwkwardIntegers.Length];
        }
        var frame = new DataFrame(texts, decimals, integers);

        Assert.That(CsvFile.ToBytes(frame), Is.EqualTo(CsvFile.ThroughSaveCsv(frame)));
    }

    [Test]
    public void An_empty_table_is_its_header_as_SaveCsv_writes_it()
    {
        var frame = new DataFrame(new StringDataFrameColumn("a", 0), new DecimalDataFrameColumn("b", 0));

        Assert.That(CsvFile.ToBytes(frame), Is.EqualTo(CsvFile.ThroughSaveCsv(frame)));
    }

    [Test]
    public void The_bundled_reports_mentions_are_written_as_SaveCsv_writes_them()
    {
        var report = new Stats.Core.Text.ReportText("report.txt", File.ReadAllText(Path.Combine(Repository.BundledReport, "report.txt")));
        var frame = MentionTable.ToDataFrame(new Extractor().Extract(report), report);

        Assert.That(CsvFile.ToBytes(frame), Is.EqualTo(CsvFile.ThroughSaveCsv(frame)));
    }
}
