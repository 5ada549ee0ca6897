using System.Globalization;
using Stats.Core.Findings;

namespace Stats.Core.Series;

/// <summary>The one line a run prints per series: its reports, its levels, how many indicators link across years, and the links by status.</summary>
public static class SeriesSummary
{
    public static string Line(string place, IReadOnlyList<SeriesReport> reports, IReadOnlyList<PrintedLevel> levels, IReadOnlyList<CrossYearLink> links)
    {
        var indicators = levels.Select(l => l.Indicator).Distinct().Count();
        var linked = links.Select(l => l.Indicator).Distinct().Count();
        var byStatus = string.Join(", ", Enum.GetValues<CheckStatus>().Select(s => (s, n: links.Count(l => l.Status == s))).Where(x => x.n > 0).Select(x => $"{x.n} {x.s.Name()}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"series {place}: {reports.Count} reports ({reports.Min(r => r.Year)}–{reports.Max(r => r.Year)}), {levels.Count} levels of {indicators} indicators, {linked} linked across years; {links.Count} links{(byStatus.Length > 0 ? ": " + byStatus : "")}");
    }
}
