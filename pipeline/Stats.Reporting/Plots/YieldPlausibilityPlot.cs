using System.Globalization;
using ScottPlot;
using Stats.Core.References;
using Stats.Reporting.Agriculture;

namespace Stats.Reporting.Plots;

/// <summary>
/// Plot 4: the grain yield (kg/亩) each reading implies, as printed and under each unit hypothesis, on a log axis against
/// the plausibility band: green inside the warn band, amber between warn and fail, red beyond.
/// </summary>
public static class YieldPlausibilityPlot
{
    public const string Name = "yield-plausibility";

    public static PlotCanvas Build(IReadOnlyList<YieldReading> readings, PlausibilityBands band, ChartFont font)
    {
        const string title = "Yield plausibility: implied grain yield (单产, kg/亩)";
        var (failLow, failHigh) = (band.Fail.Value.Lower!.Value, band.Fail.Value.Upper!.Value);
        var (warnLow, warnHigh) = (band.Usual.Value.Lower!.Value, band.Usual.Value.Upper!.Value);
        var rows = readings.Where(r => r.YieldKgPerMu > 0m).ToList();
        if (rows.Count == 0) return PlotCanvas.NoData(font, title, "no grain area and output of the same period");
        var canvas = new PlotCanvas(font, title);
        static double Log(decimal v) => Math.Log10((double)v);
        var values = rows.Select(r => Log(r.YieldKgPerMu)).Concat([Log(failLow), Log(failHigh)]).ToList();
        var low = Math.Floor(values.Min() - 0.3);
        var high = Math.Ceiling(values.Max() + 0.3);
        Span(canvas, low, Log(failLow), Colors.Red.WithAlpha(0.12));
        Span(canvas, Log(failLow), Log(warnLow), Colors.Orange.WithAlpha(0.15));
        Span(canvas, Log(warnLow), Log(warnHigh), Colors.Green.WithAlpha(0.13));
        Span(canvas, Log(warnHigh), Log(failHigh), Colors.Orange.WithAlpha(0.15));
        Span(canvas, Log(failHigh), high, Colors.Red.WithAlpha(0.12));
        var ticks = new List<(double, string)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = rows.Count - 1 - i;
            var verdict = band.Judge(r.YieldKgPerMu);
            var color = verdict switch
            {
                PlausibilityVerdict.Plausible => Color.FromHex("#2e7d32"),
                PlausibilityVerdict.Doubtful => Color.FromHex("#ef8f00"),
                _ => Color.FromHex("#c62828"),
            };
            var marker = canvas.Plot.Add.Marker(Log(r.YieldKgPerMu), y, r.IsPrinted ? MarkerShape.FilledCircle : MarkerShape.FilledDiamond, 12, color);
            marker.LineWidth = 0;
            var value = $"{Number(r.YieldKgPerMu)} kg/亩 = {Number(r.YieldTonnesPerHectare)} t/ha";
            var towardsLeft = Log(r.YieldKgPerMu) > (low + high) / 2;
            canvas.Text(value, Log(r.YieldKgPerMu), y, towardsLeft ? Alignment.MiddleRight : Alignment.MiddleLeft, 11, color);
            ticks.Add((y, r.IsPrinted ? $"printed {r.OutputText} / {r.AreaText}" : $"hypothesis {r.OutputText} / {r.AreaText}"));
        }
        canvas.LeftTicks(ticks);
        // The bands fill the whole data area, so their legend goes below it rather than over a row.
        canvas.LegendItem($"plausible: {Number(warnLow)}–{Number(warnHigh)}", Colors.Green.WithAlpha(0.35));
        canvas.LegendItem($"possible but unusual: {Number(failLow)}–{Number(warnLow)} or {Number(warnHigh)}–{Number(failHigh)}", Colors.Orange.WithAlpha(0.4));
        canvas.LegendItem($"implausible: below {Number(failLow)} or above {Number(failHigh)}", Colors.Red.WithAlpha(0.3));
        canvas.LegendItem("● as printed  ◆ under a hypothesis", Colors.Transparent);
        canvas.LegendEdge = Edge.Bottom;
        canvas.BottomTicks(LogTicks(low, high));
        canvas.Plot.Axes.SetLimits(low, high, -0.7, rows.Count - 0.3);
        canvas.Plot.Grid.YAxisStyle.IsVisible = false;
        canvas.XLabel($"implied yield, kg/亩 (log scale); plausible {Number(warnLow)}–{Number(warnHigh)}, possible {Number(failLow)}–{Number(failHigh)}");
        return canvas;
    }

    private static void Span(PlotCanvas canvas, double from, double to, Color color)
    {
        if (to <= from) return;
        var span = canvas.Plot.Add.HorizontalSpan(from, to);
        span.FillStyle.Color = color;
        span.LineStyle.Width = 0;
    }

    /// <summary>Ticks at 1, 2 and 5 times each power of ten in the view, or at the powers alone when the view spans many of them.</summary>
    private static List<(double, string)> LogTicks(double low, double high)
    {
        var ticks = new List<(double, string)>();
        int[] steps = high - low > 4 ? [1] : [1, 2, 5];
        for (var power = (int)Math.Floor(low); power <= (int)Math.Ceiling(high); power++)
            foreach (var m in steps)
            {
                var position = power + Math.Log10(m);
                // A label on the right edge would be cut in half.
                if (position < low || position >= high) continue;
                var value = m * Math.Pow(10, power);
                ticks.Add((position, value.ToString(value < 1 ? "0.###" : "#,0", CultureInfo.InvariantCulture)));
            }
        return ticks;
    }

    private static string Number(decimal v) => v.ToString(v >= 100m ? "#,0" : "0.##", CultureInfo.InvariantCulture);
}
