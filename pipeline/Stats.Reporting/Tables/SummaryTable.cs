using Microsoft.Data.Analysis;
using Stats.Core.Checks;

namespace Stats.Reporting.Tables;

/// <summary>summary.csv: per kind of check, how many findings and how many of each status.</summary>
public static class SummaryTable
{
    public static readonly IReadOnlyList<string> Columns = ["kind", "items", "pass", "fail", "warn", "not_evaluable", "error"];

    public static DataFrame Build(IReadOnlyList<Finding> findings)
    {
        var kinds = findings.Select(f => f.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        var n = kinds.Count;
        var kind = new StringDataFrameColumn("kind", n);
        var items = new Int32DataFrameColumn("items", n);
        var byStatus = Enum.GetValues<CheckStatus>().ToDictionary(s => s, s => new Int32DataFrameColumn(s.Name(), n));
        for (var i = 0; i < n; i++)
        {
            var ofKind = findings.Where(f => f.Kind == kinds[i]).ToList();
            kind[i] = kinds[i];
            items[i] = ofKind.Count;
            foreach (var (status, column) in byStatus) column[i] = ofKind.Count(f => f.Status == status);
        }
        return new DataFrame([kind, items, .. Enum.GetValues<CheckStatus>().Select(s => byStatus[s])]);
    }
}
