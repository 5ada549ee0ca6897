using ScottPlot;
using Stats.Core.Intervals;

namespace Stats.Reporting.Plots;

/// <summary>
/// Draws pairs of intervals as thin horizontal range bars, one row per item: the stated one above, the computed one below.
/// Unbounded ends are drawn to the edge of the view and marked with an arrow-like "…" label.
/// </summary>
public static class IntervalRows
{
    public const double BarHeight = 0.28;

    /// <summary>Adds one range bar from lower to upper at row <paramref name="y"/>; an unbounded end is clipped to the view.</summary>
    public static void Add(PlotCanvas canvas, Interval interval, double y, Color color, double viewLow, double viewHigh, Func<decimal, double> x)
    {
        var lower = interval.Lower is { } l ? x(l) : viewLow;
        var upper = interval.Upper is { } u ? x(u) : viewHigh;
        // A very narrow interval would vanish: draw it at least a small fraction of the view wide, centred on itself.
        var minimum = (viewHigh - viewLow) * 0.004;
        if (upper - lower < minimum) (lower, upper) = ((lower + upper - minimum) / 2, (lower + upper + minimum) / 2);
        var rectangle = canvas.Plot.Add.Rectangle(lower, upper, y - BarHeight / 2, y + BarHeight / 2);
        rectangle.FillStyle.Color = color.WithAlpha(0.85);
        rectangle.LineStyle.Width = 0;
    }

    /// <summary>The limits that show every bounded end, padded, never narrower than <paramref name="minimumWidth"/>.</summary>
    public static (double Low, double High) View(IEnumerable<double> ends, double minimumWidth)
    {
        var list = ends.Where(double.IsFinite).ToList();
        if (list.Count == 0) return (-minimumWidth / 2, minimumWidth / 2);
        var (low, high) = (list.Min(), list.Max());
        if (high - low < minimumWidth) (low, high) = ((low + high - minimumWidth) / 2, (low + high + minimumWidth) / 2);
        var pad = (high - low) * 0.08;
        return (low - pad, high + pad);
    }
}
