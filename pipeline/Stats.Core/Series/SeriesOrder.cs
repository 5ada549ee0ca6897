namespace Stats.Core.Series;

/// <summary>The one order of a series' levels in every table and page: indicator, period, report year and name, position.</summary>
public static class SeriesOrder
{
    public static IEnumerable<PrintedLevel> Of(IEnumerable<PrintedLevel> levels) =>
        levels.OrderBy(l => l.Indicator, StringComparer.Ordinal).ThenBy(l => l.Period).ThenBy(l => l.Report.Year)
            .ThenBy(l => l.Report.Name, StringComparer.Ordinal).ThenBy(l => l.Level.Span.Start);

    public static IEnumerable<CrossYearLink> Of(IEnumerable<CrossYearLink> links) =>
        links.OrderBy(l => l.Indicator, StringComparer.Ordinal).ThenBy(l => l.Period).ThenBy(l => l.Kind)
            .ThenBy(l => l.Later.Report.Name, StringComparer.Ordinal).ThenBy(l => l.Statement?.Span.Start ?? l.Later.Level.Span.Start);
}
