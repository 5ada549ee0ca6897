using Microsoft.Data.Analysis;
using Stats.Core.Findings;
using Stats.Core.Tables;

namespace Stats.Cli.Corpus;

/// <summary>One report of a corpus run: how it ended and what its checks found (corpus.csv).</summary>
internal sealed record CorpusRow(string Report, string Status, int Exit, int Figures, int Checks, int Fails, int Warns, string FailsByKind, string Problem, bool HasPage)
{
    public static CorpusRow Broken(string report, int exit, string problem) => new(report, "error", exit, 0, 0, 0, 0, "", problem, false);

    public static CorpusRow Of(string report, int exit, int figures, IReadOnlyList<Finding> findings, bool hasPage) => new(
        report,
        exit == 0 ? "ok" : "checks_failed",
        exit,
        figures,
        findings.Count,
        findings.Count(f => f.Status == CheckStatus.Fail),
        findings.Count(f => f.Status == CheckStatus.Warn),
        string.Join(";", findings.Where(f => f.Status == CheckStatus.Fail).GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}")),
        "",
        hasPage);

    private static readonly TableLayout<CorpusRow> Layout = new(
        TableColumn<CorpusRow>.Text("report", r => r.Report),
        TableColumn<CorpusRow>.Text("status", r => r.Status),
        TableColumn<CorpusRow>.Int("exit", r => r.Exit),
        TableColumn<CorpusRow>.Int("figures", r => r.Figures),
        TableColumn<CorpusRow>.Int("checks", r => r.Checks),
        TableColumn<CorpusRow>.Int(CheckStatus.Fail.Name(), r => r.Fails),
        TableColumn<CorpusRow>.Int(CheckStatus.Warn.Name(), r => r.Warns),
        TableColumn<CorpusRow>.Text("fail_by_kind", r => r.FailsByKind),
        TableColumn<CorpusRow>.Text("problem", r => r.Problem));

    public static DataFrame ToDataFrame(IReadOnlyList<CorpusRow> rows) => Layout.ToDataFrame(rows);

    /// <summary>The table's CSV bytes, as CsvFile writes its <see cref="ToDataFrame(IReadOnlyList{CorpusRow})"/>.</summary>
    public static byte[] ToCsv(IReadOnlyList<CorpusRow> rows) => Layout.ToCsv(rows);
}
