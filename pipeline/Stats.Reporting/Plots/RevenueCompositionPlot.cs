using System.Globalization;
using ScottPlot;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Reporting.Plots;

/// <summary>
/// Plot 2: each stated share (findings of kind share) against the share its part and total give, both as intervals.
/// Shares of 98.5% and 1.5% share no useful scale, so each row is drawn in percentage points from its stated value.
/// </summary>
public static class RevenueCompositionPlot
{
    public const string Name = "revenue-composition";

    public static PlotCanvas Build(IReadOnlyList<Finding> findings, IReadOnlyList<Mention> mentions, ChartFont font)
    {
        const string title = "Revenue composition: stated vs computed share (占比)";
        var byId = mentions.ToDictionary(m => m.Id);
        int? ShareOf(Finding f)
        {
            var shares = f.Mentions.Where(id => byId.GetValueOrDefault(id)?.Role == Role.Share).ToList();
            return shares.Count == 1 ? shares[0] : null;
        }
        // One row per stated share: a report's rule and the generic check often test the same one; sums of shares are no share.
        var rows = findings
            .Where(f => f.Kind == CheckKind.Share.Name && f.Expected is { IsBounded: true } && f.Observed is not null && ShareOf(f) is not null)
            .DistinctBy(ShareOf)
            .ToList();
        if (rows.Count == 0) return PlotCanvas.NoData(font, title, "no share finding with a stated and a computed share");
        var canvas = new PlotCanvas(font, title);
        decimal Centre(Finding f) => f.Expected!.Midpoint!.Value;
        var ends = rows.SelectMany(f => new[] { f.Expected!, f.Observed! }.SelectMany(i => new[] { i.Lower, i.Upper }).OfType<decimal>().Select(e => (double)(e - Centre(f))));
        var (low, high) = IntervalRows.View(ends.Append(0), 0.2);
        var ticks = new List<(double, string)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var f = rows[i];
            var y = rows.Count - 1 - i;
            double X(decimal v) => (double)(v - Centre(f));
            IntervalRows.Add(canvas, f.Expected!, y + 0.17, StatusColors.Stated, low, high, X);
            IntervalRows.Add(canvas, f.Observed!, y - 0.17, StatusColors.Computed, low, high, X);
            ticks.Add((y, RowLabel(f, byId)));
            canvas.Text($"{f.Status.Name()}: computed {IntervalText.Format(f.Observed, 5)}%", high, y - 0.42, Alignment.LowerRight, 10, StatusColors.Of(f.Status));
        }
        canvas.LeftTicks(ticks);
        canvas.LegendItem("stated share (printed, with its rounding)", StatusColors.Stated);
        canvas.LegendItem("computed part / total", StatusColors.Computed);
        canvas.Plot.Add.VerticalLine(0, 1, Colors.Gray.WithAlpha(0.5)); // solid: Skia's SVG canvas cannot draw dotted lines
        canvas.Plot.Axes.SetLimits(low, high, -0.6, rows.Count - 0.4 + 0.5);
        canvas.XLabel("percentage points from the stated share");
        return canvas;
    }

    // "税收收入 98.5%": the part's subject and the printed share, so the row reads like the report.
    private static string RowLabel(Finding f, IReadOnlyDictionary<int, Mention> byId)
    {
        var share = f.Mentions.Select(id => byId.GetValueOrDefault(id)).LastOrDefault(m => m?.Role == Role.Share);
        var part = share?.LinkedTo is { } p ? byId.GetValueOrDefault(p) : null;
        var subject = part?.Subject is { Length: > 0 } s ? s : part?.Text ?? f.Rule;
        return $"{Shorten(subject, 10)} {share?.Text ?? IntervalText.Format(f.Expected)}";
    }

    public static string Shorten(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
