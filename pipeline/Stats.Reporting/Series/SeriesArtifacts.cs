using System.Globalization;
using System.Text;
using Stats.Core.Series;
using Stats.Reporting.Plots;

namespace Stats.Reporting.Series;

/// <summary>
/// The drawn outputs of one series, by path relative to its folder: a plot per indicator with a checked link (plots/NN.png
/// and .svg, numbered in the series' order of indicators) and series.html.
/// </summary>
public static class SeriesArtifacts
{
    public static IReadOnlyDictionary<string, byte[]> Of(string place, IReadOnlyList<SeriesReport> reports, IReadOnlyList<PrintedLevel> levels,
        IReadOnlyList<CrossYearLink> links, IReadOnlyDictionary<string, string> reportPages, ChartFont font)
    {
        var utf8 = new UTF8Encoding(false);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var plots = new Dictionary<string, RenderedPlot>(StringComparer.Ordinal);
        var checkedIndicators = links.Where(l => l.Kind != LinkKind.Level).Select(l => (l.Indicator, l.Later.Level.Unit)).Distinct()
            .OrderBy(x => x.Indicator, StringComparer.Ordinal).ThenBy(x => x.Unit, StringComparer.Ordinal).ToList();
        for (var i = 0; i < checkedIndicators.Count; i++)
        {
            var (indicator, unit) = checkedIndicators[i];
            if (plots.ContainsKey(indicator)) continue;
            var ofIndicator = levels.Where(l => l.Indicator == indicator && l.Level.Unit == unit).ToList();
            var series = IndicatorSeries.Of(ofIndicator);
            var name = (i + 1).ToString("00", CultureInfo.InvariantCulture);
            var plot = SeriesPlot.Build(series, links.Where(l => l.Indicator == indicator).ToList(), font).Render(name, SeriesPlot.Width, SeriesPlot.Height);
            plots[indicator] = plot;
            files[$"plots/{name}.png"] = plot.Png;
            files[$"plots/{name}.svg"] = utf8.GetBytes(plot.Svg.ReplaceLineEndings("\n"));
        }
        files[SeriesPage.FileName] = utf8.GetBytes(SeriesPage.Html(place, reports, levels, links, reportPages, plots, font).ReplaceLineEndings("\n"));
        return files;
    }
}
