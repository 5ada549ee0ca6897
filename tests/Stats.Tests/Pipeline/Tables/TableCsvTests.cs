using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Tables;
using Stats.Pipeline.Checking;
using Stats.Pipeline.Inputs;
using Stats.Pipeline.Tables;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Pipeline.Tables;

/// <summary>
/// A table written straight from its rows (<see cref="TableLayout{T}.ToCsv"/>) has the bytes of its DataFrame written by
/// CsvFile (and so by DataFrame.SaveCsv): the stages write the first, readers load the second.
/// </summary>
public sealed class TableCsvTests
{
    private sealed record Row(string? Text, decimal? Value, int? Count);

    private static readonly TableLayout<Row> Layout = new(
        TableColumn<Row>.Text("text, with comma", r => r.Text!),
        TableColumn<Row>.Decimal("value", r => r.Value),
        TableColumn<Row>.Int("co\"unt", r => r.Count));

    [Test]
    public void Awkward_cells_from_rows_are_written_as_from_their_frame()
    {
        string?[] texts = [null, "", "plain", "a,b", "line\nbreak", "crlf\r\nend", "say \"hi\"", "=SUM(A1)", "+5%", "-2.3", "-x", "@cell", "\ttab", "'quote", "粮食5016万斤", " padded "];
        decimal?[] values = [null, 0m, 0.00001m, -0.00001m, 1e-28m, decimal.MaxValue, decimal.MinValue, 1234567890.1234567890123456789m, 2.50m];
        int?[] counts = [null, 0, -1, int.MaxValue, int.MinValue, 42];
        var rows = Enumerable.Range(0, texts.Length).Select(i => new Row(texts[i], values[i % values.Length], counts[i % counts.Length])).ToList();

        Assert.That(Layout.ToCsv(rows), Is.EqualTo(CsvFile.ToBytes(Layout.ToDataFrame(rows))));
        Assert.That(Layout.ToCsv([]), Is.EqualTo(CsvFile.ToBytes(Layout.ToDataFrame([]))));
    }

    [Test]
    public void The_bundled_reports_tables_from_rows_are_written_as_from_their_frames()
    {
        var source = ReportSource.Resolve(Repository.BundledReport);
        var report = source.Read();
        var mentions = new Extractor().Extract(report);
        var checks = ReportChecks.Compose(report, mentions, CheckedText.ReferenceData,
            new DataFile(File.ReadAllText(source.FiguresPath!), "figures.yaml"), new DataFile(File.ReadAllText(source.RulesPath!), "rules.yaml"));
        var findings = checks.Checker.Check();
        var diagnosis = new Diagnoser(checks.Scenarios, ReportChecks.ReadingGenerators(CheckedText.ReferenceData)).Run(findings);
        var problems = diagnosis.Problems.Select(ProblemRow.From).ToList();
        Assume.That(findings.Any(f => f.Status == CheckStatus.Fail) && diagnosis.Hypotheses.Count > 0, "the bundled report's checks fail and are diagnosed");

        Assert.Multiple(() =>
        {
            Assert.That(MentionTable.ToCsv(mentions, report), Is.EqualTo(CsvFile.ToBytes(MentionTable.ToDataFrame(mentions, report))), "mentions");
            Assert.That(FindingTable.ToCsv(findings), Is.EqualTo(CsvFile.ToBytes(FindingTable.ToDataFrame(findings))), "findings");
            Assert.That(StatementTable.ToCsv(checks.Statements()), Is.EqualTo(CsvFile.ToBytes(StatementTable.ToDataFrame(checks.Statements()))), "statements");
            Assert.That(CheckSummary.ToCsv(CheckSummary.Of(findings)), Is.EqualTo(CsvFile.ToBytes(CheckSummary.ToDataFrame(findings))), "check summary");
            Assert.That(HypothesisTable.ToCsv(diagnosis.Hypotheses), Is.EqualTo(CsvFile.ToBytes(HypothesisTable.ToDataFrame(diagnosis.Hypotheses))), "hypotheses");
            Assert.That(ProblemTable.ToCsv(problems), Is.EqualTo(CsvFile.ToBytes(ProblemTable.ToDataFrame(problems))), "problems");
        });
    }
}
