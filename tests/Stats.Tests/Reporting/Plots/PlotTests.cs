using System.Xml.Linq;
using Stats.Core.Intervals;
using Stats.Core.References;
using Stats.Reporting;
using Stats.Reporting.Agriculture;
using Stats.Reporting.Figures;
using Stats.Reporting.Plots;

namespace Stats.Tests.Reporting.Plots;

public class PlotTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly PlausibilityBands GrainYield = new(
        new Reference("yield.fail", "possible yield", Interval.Closed(50m, 1300m), "kg/亩", "test band", "test"),
        new Reference("yield.warn", "usual yield", Interval.Closed(150m, 800m), "kg/亩", "test band", "test"));
    private static readonly ReportSettings Settings = new() { GrainYield = GrainYield, Units = new UnitScale(Stats.Tests.Core.Checks.CheckedText.ReferenceData.Units), Font = ChartFont.Bundled };

    private static readonly string[] Names =
    [
        FindingsOverviewPlot.Name, RevenueCompositionPlot.Name, GrowthCoherencePlot.Name, YieldPlausibilityPlot.Name,
        AreaAcrossYearsPlot.Name, GranularityPlot.Name,
    ];

    private static RenderedPlot Render(ReportInput input, string name)
    {
        var crops = CropFigures.Of(input.Mentions, input.Hypotheses, Settings.Units);
        var canvas = ValidationReport.BuildPlots(input, crops, Settings).Single(p => p.Name == name).Canvas;
        return canvas.Render(name, Settings.PlotWidth, Settings.PlotHeight);
    }

    private static ReportInput Empty() => new() { ReportName = "empty", InputSha256 = "", Mentions = [] };

    [TestCaseSource(nameof(Names))]
    public void Each_plot_renders_a_well_formed_svg_of_the_fixed_size_and_a_png_of_twice_its_resolution(string name)
    {
        var plot = Render(new EjinHoroSample().Input(), name);

        Assert.That(plot.Png.Take(8), Is.EqualTo(PngSignature));
        var svg = XDocument.Parse(plot.Svg).Root!;
        Assert.That(svg.Name.LocalName, Is.EqualTo("svg"));
        Assert.That(svg.Attribute("width")?.Value, Is.EqualTo("800"));
        Assert.That(svg.Attribute("height")?.Value, Is.EqualTo("500"));
        using var bitmap = SkiaSharp.SKBitmap.Decode(plot.Png);
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((1600, 1000)));
    }

    [TestCaseSource(nameof(Names))]
    public void Each_plots_png_holds_the_pixels_ScottPlot_draws_for_its_own_png(string name)
    {
        var input = new EjinHoroSample().Input();
        var crops = CropFigures.Of(input.Mentions, input.Hypotheses, Settings.Units);
        var canvas = ValidationReport.BuildPlots(input, crops, Settings).Single(p => p.Name == name).Canvas;
        var plot = canvas.Render(name, Settings.PlotWidth, Settings.PlotHeight);
        canvas.Plot.ScaleFactor = PlotCanvas.PngScale;
        var own = canvas.Plot.GetImageBytes(Settings.PlotWidth * PlotCanvas.PngScale, Settings.PlotHeight * PlotCanvas.PngScale, ScottPlot.ImageFormat.Png);

        using var ours = SkiaSharp.SKBitmap.Decode(plot.Png);
        using var theirs = SkiaSharp.SKBitmap.Decode(own);
        Assert.That(ours.Bytes, Is.EqualTo(theirs.Bytes));
    }

    [TestCaseSource(nameof(Names))]
    public void Each_plot_is_the_same_bytes_on_every_render(string name)
    {
        var first = Render(new EjinHoroSample().Input(), name);
        var second = Render(new EjinHoroSample().Input(), name);

        Assert.That(second.Png, Is.EqualTo(first.Png));
        Assert.That(second.Svg, Is.EqualTo(first.Svg));
    }

    [TestCaseSource(nameof(Names))]
    public void The_chart_font_has_a_glyph_for_every_character_drawn_on_each_plot(string name)
    {
        var plot = Render(new EjinHoroSample().Input(), name);

        Assert.That(plot.Labels.Any(l => l.Any(c => c >= 0x4E00 && c <= 0x9FFF)), Is.True, "the plot draws Chinese text");
        Assert.That(FontGlyphs.Missing(Settings.Font.Path, plot.Labels), Is.Empty);
    }

    [TestCaseSource(nameof(Names))]
    public void Each_plot_without_data_renders_a_no_data_plot(string name)
    {
        var plot = Render(Empty(), name);

        Assert.That(plot.Png.Take(8), Is.EqualTo(PngSignature));
        Assert.That(plot.Labels, Does.Contain("no data"));
        Assert.That(() => XDocument.Parse(plot.Svg), Throws.Nothing);
    }

    [Test]
    public void The_glyph_check_fails_for_a_font_without_chinese_glyphs()
    {
        const string latinOnly = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        if (!File.Exists(latinOnly)) Assert.Ignore($"{latinOnly} is not installed.");

        Assert.That(FontGlyphs.Missing(latinOnly, ["粮食产量 5016万吨"]), Is.EquivalentTo(new[] { "粮", "食", "产", "量", "万", "吨" }));
    }

    [Test]
    public void The_svg_names_the_bundled_font()
    {
        var plot = Render(new EjinHoroSample().Input(), FindingsOverviewPlot.Name);

        Assert.That(plot.Svg, Does.Contain(ChartFont.Bundled.Name).Or.Not.Contain("font-family"));
    }

    /// <summary>Writes every plot of the sample under the test output, for a person to look at.</summary>
    [Test]
    public void The_sample_plots_are_written_next_to_the_test_output_for_review()
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review", "plots");
        Directory.CreateDirectory(folder);
        foreach (var name in Names)
        {
            var plot = Render(new EjinHoroSample().Input(), name);
            File.WriteAllBytes(Path.Combine(folder, name + ".png"), plot.Png);
            File.WriteAllText(Path.Combine(folder, name + ".svg"), plot.Svg);
            File.WriteAllBytes(Path.Combine(folder, name + "-empty.png"), Render(Empty(), name).Png);
        }
        Assert.That(Directory.GetFiles(folder, "*.png"), Has.Length.EqualTo(2 * Names.Length));
    }

    [TestCaseSource(nameof(Names))]
    public void No_label_of_a_plot_is_cut_by_an_edge_or_drawn_over_a_round_marker(string name)
    {
        var plot = Render(new EjinHoroSample().Input(), name);

        var boxes = SvgLayout.TextBoxes(plot.Svg, Settings.Font.Path);
        var markers = SvgLayout.Ellipses(plot.Svg);

        Assert.That(boxes, Is.Not.Empty);
        Assert.That(boxes.Where(b => !b.Bounds.Contains(b.Box)).Select(b => b.Text), Is.Empty, "labels cut by the frame or the picture's edge");
        Assert.That(boxes.SelectMany(b => markers.Where(m => m.IntersectsWith(b.Box)).Select(_ => b.Text)), Is.Empty, "labels over a marker");
    }
}
