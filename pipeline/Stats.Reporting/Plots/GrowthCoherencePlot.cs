using ScottPlot;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Reporting.Plots;

/// <summary>Plot 3: each stated growth rate (findings of kind growth) against the rate the levels imply, both as intervals, in %.</summary>
public static class GrowthCoherencePlot
{
    public const string Name = "growth-coherence";

    public static PlotCanvas Build(IReadOnlyList<Finding> findings, IReadOnlyList<Mention> mentions, ChartFont font)
    {
        const string title = "Growth coherence: stated vs implied growth (同比增长)";
        var rows = findings.Where(f => f.Kind == CheckKind.Growth.Name && f.Expected is not null).ToList();
        if (rows.Count == 0) return PlotCanvas.NoData(font, title, "no growth finding");
        var canvas = new PlotCanvas(font, title);
        var byId = mentions.ToDictionary(m => m.Id);
        var stated = rows.SelectMany(f => new[] { f.Expected!.Lower, f.Expected.Upper }).OfType<decimal>().Select(d => (double)d).ToList();
        var implied = rows.SelectMany(f => new[] { f.Observed?.Lower, f.Observed?.Upper }).OfType<decimal>().Select(d => (double)d).ToList();
        // Implied rates can be wild (a misread unit gives thousands of percent); keep the stated rates readable and clip those.
        var (sLow, sHigh) = IntervalRows.View(stated.Append(0), 2);
        var span = sHigh - sLow;
        var (low, high) = IntervalRows.View(stated.Concat(implied.Where(v => v > sLow - 3 * span && v < sHigh + 3 * span)).Append(0), 2);
        var ticks = new List<(double, string)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var f = rows[i];
            var y = rows.Count - 1 - i;
            IntervalRows.Add(canvas, f.Expected!, y + 0.17, StatusColors.Stated, low, high, v => Math.Clamp((double)v, low, high));
            var note = f.Observed is null ? "no implied rate" : $"implied {IntervalText.Format(f.Observed, 4)}%";
            if (f.Observed is { } o) IntervalRows.Add(canvas, o, y - 0.17, StatusColors.Computed, low, high, v => Math.Clamp((double)v, low, high));
            canvas.Text($"{f.Status.Name()}: {note}", high, y - 0.42, Alignment.LowerRight, 10, StatusColors.Of(f.Status));
            ticks.Add((y, RowLabel(f, byId)));
        }
        canvas.LeftTicks(ticks);
        canvas.LegendItem("stated growth (printed, with its rounding)", StatusColors.Stated);
        canvas.LegendItem("growth implied by the levels", StatusColors.Computed);
        canvas.Plot.Add.VerticalLine(0, 1, Colors.Gray.WithAlpha(0.5)); // solid: Skia's SVG canvas cannot draw dotted lines
        canvas.Plot.Axes.SetLimits(low, high, -0.6, rows.Count - 0.4 + 0.5);
        canvas.XLabel("growth rate (%)");
        return canvas;
    }

    // The growing level's subject and the printed rate: "粮食产量 5.2%".
    private static string RowLabel(Finding f, IReadOnlyDictionary<int, Mention> byId)
    {
        var involved = f.Mentions.Select(id => byId.GetValueOrDefault(id)).OfType<Mention>().ToList();
        // The stated growth is the expected side: label the row by the rate printed as that interval, and among equal
        // rates (a total and a part may both grow 3%) by the one qualifying the largest level, the total.
        var growths = involved.Where(m => m.Role == Role.Growth).ToList();
        var growth = growths
            .Where(m => f.Expected is { } e && m.Value is { } v && e.Contains(v * m.Sign))
            .OrderByDescending(m => m.LinkedTo is { } l && byId.GetValueOrDefault(l)?.Value is { } level ? level : 0m)
            .FirstOrDefault() ?? growths.FirstOrDefault();
        var level = growth?.LinkedTo is { } id ? byId.GetValueOrDefault(id) : involved.FirstOrDefault();
        var subject = level?.Subject is { Length: > 0 } s ? s : level?.Text ?? f.Rule;
        return $"{RevenueCompositionPlot.Shorten(subject, 10)} {growth?.Text ?? ""}".TrimEnd();
    }
}
