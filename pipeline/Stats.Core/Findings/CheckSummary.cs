using Microsoft.Data.Analysis;
using Stats.Core.Tables;

namespace Stats.Core.Findings;

/// <summary>
/// A summary row per kind of check: items, and how many findings of each status, under the status names themselves
/// (<c>pass, fail, warn, not_evaluable, error</c>) in every table that summarises (check-summary.csv, tables/summary.csv).
/// </summary>
public sealed record CheckSummary(string Kind, int Items, int Passes, int Fails, int Warns, int NotEvaluable, int Errors)
{
    private static readonly TableLayout<CheckSummary> Layout = new(
        TableColumn<CheckSummary>.Text("kind", r => r.Kind),
        TableColumn<CheckSummary>.Int("items", r => r.Items),
        TableColumn<CheckSummary>.Int(CheckStatus.Pass.Name(), r => r.Passes),
        TableColumn<CheckSummary>.Int(CheckStatus.Fail.Name(), r => r.Fails),
        TableColumn<CheckSummary>.Int(CheckStatus.Warn.Name(), r => r.Warns),
        TableColumn<CheckSummary>.Int(CheckStatus.NotEvaluable.Name(), r => r.NotEvaluable),
        TableColumn<CheckSummary>.Int(CheckStatus.Error.Name(), r => r.Errors));

    /// <summary>The columns of a summary table, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = Layout.Schema.Select(c => c.Name).ToList();

    /// <summary>One row per kind, in ordinal order of the kind's name.</summary>
    public static IReadOnlyList<CheckSummary> Of(IReadOnlyList<Finding> findings) =>
        findings.GroupBy(f => f.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CheckSummary(g.Key, g.Count(),
                g.Count(f => f.Status == CheckStatus.Pass), g.Count(f => f.Status == CheckStatus.Fail),
                g.Count(f => f.Status == CheckStatus.Warn), g.Count(f => f.Status == CheckStatus.NotEvaluable),
                g.Count(f => f.Status == CheckStatus.Error)))
            .ToList();

    public static DataFrame ToDataFrame(IReadOnlyList<CheckSummary> rows) => Layout.ToDataFrame(rows);

    /// <summary>The table's CSV bytes, as CsvFile writes its <see cref="ToDataFrame(IReadOnlyList{CheckSummary})"/>.</summary>
    public static byte[] ToCsv(IReadOnlyList<CheckSummary> rows) => Layout.ToCsv(rows);

    /// <summary>The summary table of a list of findings.</summary>
    public static DataFrame ToDataFrame(IReadOnlyList<Finding> findings) => ToDataFrame(Of(findings));
}
