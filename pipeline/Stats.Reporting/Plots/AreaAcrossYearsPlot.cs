using System.Globalization;
using ScottPlot;
using Stats.Core.Extraction;
using Stats.Reporting.Agriculture;
using Stats.Reporting.Figures;
using Stats.Reporting.Tables;

namespace Stats.Reporting.Plots;

/// <summary>
/// Plot 5: crop areas by period after converting every unit to 万亩 (15 亩 to the hectare), one line per subject through
/// its actual, target and implied base-year values, so a unit slip shows as a jump between years.
/// </summary>
public static class AreaAcrossYearsPlot
{
    public const string Name = "areas-across-years";

    private static readonly Color[] Palette = [Color.FromHex("#1565c0"), Color.FromHex("#6a1b9a"), Color.FromHex("#00838f"), Color.FromHex("#ad1457"), Color.FromHex("#558b2f")];

    public static PlotCanvas Build(IReadOnlyList<Mention> areas, IReadOnlyList<Mention> mentions, UnitScale units, ChartFont font)
    {
        const string title = "Areas across years, in 万亩 (面积)";
        var dated = areas.Where(a => a.Period is not null).ToList();
        if (dated.Count == 0) return PlotCanvas.NoData(font, title, "no crop area figure with a period");
        var canvas = new PlotCanvas(font, title);
        var subjects = dated.Select(a => a.Subject).Distinct().ToList();
        var years = new SortedSet<int>();
        var top = 0d;
        for (var s = 0; s < subjects.Count; s++)
        {
            var color = Palette[s % Palette.Length];
            var ofSubject = dated.Where(a => a.Subject == subjects[s]).ToList();
            // Each mention converts by its own unit, so a subject printed once in 公顷 and once in 亩 lines up in 万亩.
            var points = ofSubject.SelectMany(a => FiscalTable.PeriodValues(a, mentions)
                .Select(v => (v.Period, v.Column, Wan: units.ToMu(v.Value, a.Unit)!.Value / 10000m, a.Text))).ToList();
            var level = PeriodFigures.Of(points.Select(p => (p.Period, p.Column, p.Wan))).Level;
            if (level.KeyCount > 1)
            {
                var line = canvas.Plot.Add.ScatterLine(level.Keys.Select(k => (double)k).ToArray(), level.Values.Select(v => (double)v).ToArray(), color);
                // Solid and faint rather than dashed: Skia's SVG canvas cannot draw path effects and says so on stdout.
                line.LineWidth = 1f;
                line.LineColor = color.WithAlpha(0.6);
            }
            foreach (var p in points)
            {
                var shape = p.Column switch
                {
                    PeriodFigures.Actual => MarkerShape.FilledCircle,
                    PeriodFigures.Target => MarkerShape.FilledTriangleUp,
                    _ => MarkerShape.OpenCircle,
                };
                var wan = (double)p.Wan;
                canvas.Plot.Add.Marker(p.Period, wan, shape, 11, color);
                var label = p.Column == PeriodFigures.ImpliedBase ? $"{Wan(wan)} (implied by growth)" : $"{p.Text} = {Wan(wan)}";
                // Above and right of the marker, clear of the line that runs through it.
                var text = canvas.Text(label, p.Period, wan, Alignment.LowerLeft, 11, color);
                text.OffsetX = 6;
                text.OffsetY = -6;
                years.Add(p.Period);
                top = Math.Max(top, wan);
            }
            canvas.LegendItem(RevenueCompositionPlot.Shorten(subjects[s].Length > 0 ? subjects[s] : "(no subject)", 14), color);
        }
        canvas.LegendItem("● actual  ▲ target  ○ implied base year", Colors.Transparent);
        canvas.BottomTicks(years.Select(y => ((double)y, y.ToString(CultureInfo.InvariantCulture))).ToList());
        // Below zero a little, so a marker at (nearly) zero is drawn whole rather than cut by the frame.
        canvas.Plot.Axes.SetLimits(years.Min - 0.6, years.Max + 1.2, -(top * 0.04 + 0.01), top * 1.3 + 0.01);
        canvas.XLabel("period (year)");
        canvas.YLabel("area (万亩)");
        return canvas;
    }

    private static string Wan(double v) => v.ToString(v >= 100 ? "#,0.#" : "0.##", CultureInfo.InvariantCulture) + "万亩";
}
