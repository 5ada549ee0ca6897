using System.Globalization;
using ScottPlot;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Reporting.Plots;

/// <summary>
/// Plot 6: for each granularity finding and each count N it names, the rates k/N·100 near the stated rate, against the
/// stated rate's rounding interval; a rate no dot reaches cannot come from N (the GRIM test).
/// </summary>
public static class GranularityPlot
{
    public const string Name = "granularity";

    /// <summary>Dots further apart than this in the view become unreadable; counts beyond it are not drawn.</summary>
    private const int MaxDotsPerRow = 300;

    public static PlotCanvas Build(IReadOnlyList<Finding> findings, IReadOnlyList<Mention> mentions, ChartFont font)
    {
        const string title = "Granularity: rates reachable as k/N around the stated rate";
        var byId = mentions.ToDictionary(m => m.Id);
        var rows = findings
            .Where(f => f.Kind == CheckKind.Granularity.Name && f.Expected is { IsBounded: true })
            .SelectMany(f => Counts(f, byId).Select(c => (Finding: f, N: (long)c.Value!.Value, Count: c.Text, Rate: RateText(f, byId))))
            .ToList();
        if (rows.Count == 0) return PlotCanvas.NoData(font, title, "no granularity finding with a stated rate and counts");
        var canvas = new PlotCanvas(font, title);
        // Half the view: three steps of the coarsest N, at least three interval widths, at most 10 points.
        var widest = rows.Max(r => (double)r.Finding.Expected!.Width!.Value);
        var half = Math.Clamp(rows.Max(r => 300d / r.N), widest * 3, 10d);
        var ticks = new List<(double, string)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (f, n, count, rate) = rows[i];
            var y = rows.Count - 1 - i;
            var centre = f.Expected!.Midpoint!.Value;
            double X(decimal v) => (double)(v - centre);
            IntervalRows.Add(canvas, f.Expected!, y, StatusColors.Stated.WithAlpha(0.35), -half, half, X);
            var first = (long)Math.Max(0, Math.Ceiling((double)centre * n / 100 - half * n / 100));
            var last = (long)Math.Floor((double)centre * n / 100 + half * n / 100);
            if (last - first + 1 <= MaxDotsPerRow)
                for (var k = first; k <= last; k++)
                {
                    var value = k * 100m / n;
                    var inside = f.Expected.Contains(value);
                    canvas.Plot.Add.Marker(X(value), y, MarkerShape.FilledCircle, inside ? 9 : 6, inside ? StatusColors.Of(CheckStatus.Pass) : Colors.Gray);
                }
            ticks.Add((y, $"{rate} of N = {count}"));
            canvas.Text($"{f.Status.Name()}: stated {IntervalText.Format(f.Expected)}%", half, y + 0.22, Alignment.LowerRight, 10, StatusColors.Of(f.Status));
        }
        canvas.LeftTicks(ticks);
        canvas.LegendItem("stated rate's rounding interval", StatusColors.Stated.WithAlpha(0.35));
        canvas.LegendItem("k/N inside it", StatusColors.Of(CheckStatus.Pass));
        canvas.LegendItem("k/N outside it", Colors.Gray);
        canvas.Plot.Axes.SetLimits(-half, half, -0.6, rows.Count - 0.4 + 0.6);
        canvas.Plot.Grid.YAxisStyle.IsVisible = false;
        canvas.XLabel("percentage points from the stated rate");
        return canvas;
    }

    /// <summary>The exact counts of a finding: its mentions of kind count with a whole positive value, one per value.</summary>
    public static IReadOnlyList<Mention> Counts(Finding f, IReadOnlyDictionary<int, Mention> byId) =>
        f.Mentions.Select(id => byId.GetValueOrDefault(id)).OfType<Mention>()
            .Where(m => m is { Kind: MentionKind.Count, Value: { } v } && v >= 1m && v == decimal.Floor(v))
            .DistinctBy(m => m.Value).ToList();

    private static string RateText(Finding f, IReadOnlyDictionary<int, Mention> byId) =>
        f.Mentions.Select(id => byId.GetValueOrDefault(id)).LastOrDefault(m => m?.Kind == MentionKind.Percent)?.Text ?? IntervalText.Format(f.Expected);
}
