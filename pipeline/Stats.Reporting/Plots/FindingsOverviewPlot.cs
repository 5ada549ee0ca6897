using ScottPlot;
using Stats.Core.Findings;

namespace Stats.Reporting.Plots;

/// <summary>Plot 1: how many checks of each kind passed, failed, warned, could not be evaluated or broke (stacked bars).</summary>
public static class FindingsOverviewPlot
{
    public const string Name = "findings-overview";

    public static PlotCanvas Build(IReadOnlyList<Finding> findings, ChartFont font)
    {
        const string title = "Checks by kind and status (检查结果)";
        if (findings.Count == 0) return PlotCanvas.NoData(font, title, "findings.csv holds no findings");
        var canvas = new PlotCanvas(font, title);
        var kinds = findings.Select(f => f.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        var bars = new List<Bar>();
        var counts = new List<(string Text, double X, double Y)>();
        for (var i = 0; i < kinds.Count; i++)
        {
            var stacked = 0d;
            foreach (var status in Enum.GetValues<CheckStatus>())
            {
                var count = findings.Count(f => f.Kind == kinds[i] && f.Status == status);
                if (count == 0) continue;
                bars.Add(new Bar { Position = i, ValueBase = stacked, Value = stacked + count, FillColor = StatusColors.Of(status), LineWidth = 0, Size = 0.6 });
                counts.Add((count.ToString(System.Globalization.CultureInfo.InvariantCulture), i, stacked + count / 2d));
                stacked += count;
            }
        }
        canvas.Plot.Add.Bars(bars);
        // Added after the bars so they are drawn on top of them.
        foreach (var (text, x, y) in counts) canvas.Text(text, x, y, Alignment.MiddleCenter, 13, Colors.White);
        foreach (var status in Enum.GetValues<CheckStatus>().Where(s => findings.Any(f => f.Status == s)))
            canvas.LegendItem(status.Name(), StatusColors.Of(status));
        canvas.BottomTicks(kinds.Select((k, i) => ((double)i, k)).ToList());
        var most = kinds.Max(k => findings.Count(f => f.Kind == k));
        canvas.Plot.Axes.SetLimits(-0.6, kinds.Count - 0.4, 0, most * 1.25 + 0.5);
        canvas.XLabel("kind of check");
        canvas.YLabel("findings");
        canvas.Plot.HideGrid();
        canvas.Plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        return canvas;
    }
}
