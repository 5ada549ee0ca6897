using System.Globalization;
using ScottPlot;
using Stats.Core.Findings;
using Stats.Core.Series;
using Stats.Reporting.Plots;

namespace Stats.Reporting.Series;

/// <summary>
/// One linked indicator of a series: the printed levels by year (a restated level beside the one first printed), and at each
/// later year the growth the report states beside the growth the printed levels imply, in the colour of the link's status,
/// so a tenfold slip shows as a cliff the stated growth does not follow.
/// </summary>
public static class SeriesPlot
{
    public const int Width = 800;
    public const int Height = 500;

    public static PlotCanvas Build(IndicatorSeries series, IReadOnlyList<CrossYearLink> links, ChartFont font)
    {
        var canvas = new PlotCanvas(font, $"{series.Place}: {series.Indicator}");
        var printed = series.Column(IndicatorSeries.Printed);
        var restated = series.Column(IndicatorSeries.Restated);
        var stated = series.Column(IndicatorSeries.StatedGrowth);
        var implied = series.Column(IndicatorSeries.ImpliedGrowth);
        var years = series.Frame.RowKeys.ToList();
        var top = 0d;
        if (printed.KeyCount > 0)
        {
            var xs = printed.Keys.Select(k => (double)k).ToArray();
            var ys = printed.Values.Select(v => (double)v).ToArray();
            var line = canvas.Plot.Add.ScatterLine(xs, ys, StatusColors.Stated);
            line.LineWidth = 1.5f;
            line.MarkerSize = 9;
            line.MarkerShape = MarkerShape.FilledCircle;
            top = ys.Max();
        }
        foreach (var kv in restated.Observations.Where(kv => printed.TryGet(kv.Key) is not { HasValue: true } p || p.Value != kv.Value))
        {
            canvas.Plot.Add.Marker(kv.Key, (double)kv.Value, MarkerShape.OpenCircle, 12, StatusColors.Computed);
            top = Math.Max(top, (double)kv.Value);
        }
        foreach (var kv in printed.Observations)
            canvas.Text(series.PrintedText.GetValueOrDefault(kv.Key, ""), kv.Key, (double)kv.Value, Alignment.LowerLeft, 11, StatusColors.Stated);
        foreach (var year in years)
        {
            var link = links.Where(l => l.Period == year && l.Kind == LinkKind.Growth).OrderBy(l => l.Status == CheckStatus.Pass).FirstOrDefault();
            var statedText = stated.TryGet(year) is { HasValue: true } s ? $"stated {Percent(s.Value)}" : "";
            var impliedText = implied.TryGet(year) is { HasValue: true } i ? $"implied {Percent(i.Value)}" : "";
            if (statedText.Length + impliedText.Length == 0) continue;
            var color = link is null ? Colors.Gray : StatusColors.Of(link.Status);
            var y = printed.TryGet(year) is { HasValue: true } p ? (double)p.Value : top / 2;
            canvas.Text(string.Join("\n", new[] { statedText, impliedText }.Where(t => t.Length > 0)), year, y, Alignment.UpperRight, 11, color);
        }
        canvas.LegendItem("● printed level", StatusColors.Stated);
        if (restated.ValueCount > 0) canvas.LegendItem("○ restated by a later report", StatusColors.Computed);
        canvas.LegendItem("growth: stated vs implied (colour: status)", Colors.Gray);
        canvas.BottomTicks(years.Select(y => ((double)y, y.ToString(CultureInfo.InvariantCulture))).ToList());
        canvas.Plot.Axes.SetLimits(years.Min() - 0.8, years.Max() + 0.8, -(top * 0.05 + 0.01), top * 1.35 + 0.01);
        canvas.XLabel("period (year)");
        canvas.YLabel($"level ({series.Unit})");
        return canvas;
    }

    private static string Percent(decimal v) => (v >= 0 ? "+" : "") + Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%";

}
