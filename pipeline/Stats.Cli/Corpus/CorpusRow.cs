using Microsoft.Data.Analysis;
using Stats.Core.Checks;

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

    public static DataFrame ToDataFrame(IReadOnlyList<CorpusRow> rows) => new(
        new StringDataFrameColumn("report", rows.Select(r => r.Report)),
        new StringDataFrameColumn("status", rows.Select(r => r.Status)),
        new Int32DataFrameColumn("exit", rows.Select(r => r.Exit)),
        new Int32DataFrameColumn("figures", rows.Select(r => r.Figures)),
        new Int32DataFrameColumn("checks", rows.Select(r => r.Checks)),
        new Int32DataFrameColumn("fails", rows.Select(r => r.Fails)),
        new Int32DataFrameColumn("warns", rows.Select(r => r.Warns)),
        new StringDataFrameColumn("fails_by_kind", rows.Select(r => r.FailsByKind)),
        new StringDataFrameColumn("problem", rows.Select(r => r.Problem)));
}
