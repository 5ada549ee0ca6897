using System.Text;
using Stats.Core.Extraction;
using Stats.Core.Tables;
using Stats.Core.Text;
using Stats.Pipeline.Checking;
using Stats.Pipeline.Tables;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Cli;

/// <summary>Issue 16, item 8: no cell of a hand-over CSV runs as a formula in a spreadsheet, and every reader gets the report's text back.</summary>
public class FormulaInjectionTests
{
    // Sentences and subjects that start with =, @, + and - (parts exceeding their total make failing findings quoting them).
    private const string Hostile =
        "=1+1全年完成一般公共预算收入1.00亿元，其中税收收入0.77亿元，非税收入0.34亿元。\n" +
        "@SUM(A1)粮食播种面积3.5万亩，同比增长-2.3%。\n" +
        "+cmd|' /C calc'农作物总产量1.2万吨。\n" +
        "-2+3全年接待游客12万人次。\n" +
        "'quoted全年实现地区生产总值5亿元。\n";

    [Test]
    public void Cells_a_spreadsheet_would_run_are_neutralised_and_every_reader_gets_the_original_text_back()
    {
        using var temp = new TempFolder();
        var path = temp.File("hostile.txt", Encoding.UTF8.GetBytes(Hostile));
        var outDir = temp.Sub("out");

        var run = CliRun.Of("run", path, "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(1).Or.EqualTo(0), run.Stderr);
        var csvs = Directory.GetFiles(outDir, "*.csv", SearchOption.AllDirectories);
        Assert.That(csvs, Has.Length.GreaterThanOrEqualTo(5));
        foreach (var csv in csvs)
            foreach (var cell in Cells(File.ReadAllText(csv)))
                Assert.That(SpreadsheetText.Write(cell), Is.EqualTo(cell).Or.EqualTo(SpreadsheetText.Quote + cell), $"{Path.GetFileName(csv)}: {cell}");
        var mentionsCsv = File.ReadAllText(Path.Combine(outDir, "mentions.csv"));
        // The report's text reaches mentions.csv in the subject column (sentences are not repeated there).
        Assert.That(Cells(mentionsCsv), Has.Some.EqualTo("'=").And.Some.StartsWith("'+cmd").And.Some.StartsWith("''quoted"));
        Assert.That(Cells(mentionsCsv), Has.None.StartWith("=").And.None.StartWith("@").And.None.StartWith("+cmd"));

        // Every reader gets back the original: mentions as a fresh extraction gives them, findings as the notebook recomputes them.
        var report = new ReportText(path, Hostile);
        var extracted = new Extractor().Extract(report);
        var mentions = MentionTable.FromDataFrame(CsvFile.Load(Path.Combine(outDir, "mentions.csv"), MentionTable.Schema));
        Assert.That(mentions, Is.EqualTo(extracted));
        Assert.That(mentions.Select(m => m.Subject), Has.Some.EqualTo("=").And.Some.StartsWith("+cmd|"));
        var checks = ReportChecks.Compose(report, extracted, CheckedText.ReferenceData);
        var findings = FindingTable.FromDataFrame(CsvFile.Load(Path.Combine(outDir, "findings.csv"), FindingTable.Schema));
        Assert.That(FindingComparison.Differences(findings, checks.Checker.Check()), Is.Empty);
        var statements = StatementTable.FromDataFrame(CsvFile.Load(Path.Combine(outDir, "statements.csv"), StatementTable.Schema));
        Assert.That(statements, Is.EqualTo(checks.Statements().Select(StatementRow.Of)));
        var hypotheses = HypothesisTable.FromDataFrame(CsvFile.Load(Path.Combine(outDir, "hypotheses.csv"), HypothesisTable.Schema));
        Assert.That(CsvFile.ToBytes(HypothesisTable.ToDataFrame(hypotheses)), Is.EqualTo(File.ReadAllBytes(Path.Combine(outDir, "hypotheses.csv"))));

        // The report page shows the text as written (this subject starts with a quote of its own).
        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.That(html, Does.Contain(">&#39;quoted全年实现地区生产总值<"));
        Assert.That(html, Does.Not.Contain("&#39;+cmd").And.Not.Contain("&#39;&#39;quoted"));
    }

    [TestCase("-2.3")]
    [TestCase("+5")]
    [TestCase("-12%")]
    [TestCase("1.5")]
    [TestCase("税收收入")]
    [TestCase("")]
    public void A_number_or_plain_text_is_written_as_it_is(string text) =>
        Assert.That(SpreadsheetText.Write(text), Is.EqualTo(text));

    [TestCase("=1+1")]
    [TestCase("+cmd")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1)")]
    [TestCase("\t=1")]
    [TestCase("\r=1")]
    [TestCase("'=1")]
    [TestCase("'")]
    public void A_cell_a_spreadsheet_would_run_gets_a_quote_and_reads_back_unchanged(string text)
    {
        Assert.That(SpreadsheetText.Write(text), Is.EqualTo("'" + text));
        Assert.That(SpreadsheetText.Read(SpreadsheetText.Write(text)), Is.EqualTo(text));
    }

    // The cells of a CSV written by the DataFrame writer: quoted fields may hold commas, doubled quotes and newlines.
    private static IEnumerable<string> Cells(string csv)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c is ',' or '\n')
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else cell.Append(c);
        }
        if (cell.Length > 0) yield return cell.ToString();
    }
}
