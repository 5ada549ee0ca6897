using Microsoft.Data.Analysis;

namespace Stats.Core.Checks;

/// <summary>A summary row per kind of check: items, passes, fails, warns, not evaluable, errors (as R validate summarises per rule).</summary>
public sealed record CheckSummary(string Kind, int Items, int Passes, int Fails, int Warns, int NotEvaluable, int Errors)
{
    public static IReadOnlyList<CheckSummary> Of(IReadOnlyList<Finding> findings) =>
        findings.GroupBy(f => f.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CheckSummary(g.Key, g.Count(),
                g.Count(f => f.Status == CheckStatus.Pass), g.Count(f => f.Status == CheckStatus.Fail),
                g.Count(f => f.Status == CheckStatus.Warn), g.Count(f => f.Status == CheckStatus.NotEvaluable),
                g.Count(f => f.Status == CheckStatus.Error)))
            .ToList();

    public static DataFrame ToDataFrame(IReadOnlyList<CheckSummary> rows) => new(
        new StringDataFrameColumn("kind", rows.Select(r => r.Kind)),
        new Int32DataFrameColumn("items", rows.Select(r => r.Items)),
        new Int32DataFrameColumn("passes", rows.Select(r => r.Passes)),
        new Int32DataFrameColumn("fails", rows.Select(r => r.Fails)),
        new Int32DataFrameColumn("warns", rows.Select(r => r.Warns)),
        new Int32DataFrameColumn("not_evaluable", rows.Select(r => r.NotEvaluable)),
        new Int32DataFrameColumn("errors", rows.Select(r => r.Errors)));
}
