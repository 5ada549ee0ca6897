using System.Xml.Linq;
using ScottPlot;
using ScottPlot.Plottables;

namespace Stats.Reporting.Plots;

/// <summary>
/// Builds a plot in the chart font and renders it at a fixed size to PNG and SVG. Every text is collected so tests can
/// check the font has its glyphs; a plot with nothing to show says so instead of failing.
/// </summary>
public sealed class PlotCanvas
{
    private readonly List<string> labels = [];

    public PlotCanvas(ChartFont font, string title)
    {
        Font = font;
        font.Register();
        Plot = new Plot();
        Title = title;
        Plot.Title(title, 16);
        labels.Add(title);
    }

    public Plot Plot { get; }

    public ChartFont Font { get; }

    public string Title { get; }

    /// <summary>Every text drawn on the plot, for glyph checks.</summary>
    public IReadOnlyList<string> Labels => labels;

    public void XLabel(string text) { Plot.XLabel(text, 13); labels.Add(text); }

    public void YLabel(string text) { Plot.YLabel(text, 13); labels.Add(text); }

    /// <summary>Pixels between a side-aligned label and its point: more than the radius of the largest marker (12 px across).</summary>
    public const float LabelGap = 10;

    /// <summary>Where the legend goes: inside the data area at the upper right (null), or outside it on an edge.</summary>
    public Edge? LegendEdge { get; set; }

    public Text Text(string text, double x, double y, Alignment alignment, float size = 11, Color? color = null)
    {
        var t = Plot.Add.Text(text, x, y);
        t.LabelFontName = Font.Name;
        t.LabelFontSize = size;
        t.LabelAlignment = alignment;
        t.LabelFontColor = color ?? Colors.Black;
        // A label aligned to one side of its point keeps clear of it: of the marker drawn there, or of the frame when the
        // point is on the edge of the view.
        t.OffsetX = alignment.ToString().EndsWith("Left", StringComparison.Ordinal) ? LabelGap
            : alignment.ToString().EndsWith("Right", StringComparison.Ordinal) ? -LabelGap : 0;
        labels.Add(text);
        return t;
    }

    public void LeftTicks(IReadOnlyList<(double Position, string Label)> ticks)
    {
        Plot.Axes.Left.SetTicks(ticks.Select(t => t.Position).ToArray(), ticks.Select(t => t.Label).ToArray());
        labels.AddRange(ticks.Select(t => t.Label));
    }

    public void BottomTicks(IReadOnlyList<(double Position, string Label)> ticks)
    {
        Plot.Axes.Bottom.SetTicks(ticks.Select(t => t.Position).ToArray(), ticks.Select(t => t.Label).ToArray());
        labels.AddRange(ticks.Select(t => t.Label));
    }

    public void LegendItem(string text, Color color)
    {
        Plot.Legend.ManualItems.Add(new LegendItem { LabelText = text, FillColor = color, LineWidth = 0 });
        labels.Add(text);
    }

    /// <summary>A plot that states there is nothing to show and why.</summary>
    public static PlotCanvas NoData(ChartFont font, string title, string reason)
    {
        var canvas = new PlotCanvas(font, title);
        canvas.Text("no data", 0.5, 0.6, Alignment.MiddleCenter, 28, Colors.Gray);
        canvas.Text(reason, 0.5, 0.4, Alignment.MiddleCenter, 13, Colors.Gray);
        canvas.Plot.Axes.SetLimits(0, 1, 0, 1);
        canvas.Plot.HideGrid();
        // Hide the axes but keep the title, which lives in the top axis panel.
        canvas.Plot.Axes.Left.IsVisible = false;
        canvas.Plot.Axes.Bottom.IsVisible = false;
        canvas.Plot.Axes.Right.IsVisible = false;
        canvas.Plot.Axes.Top.FrameLineStyle.Width = 0;
        return canvas;
    }

    /// <summary>Pixels per layout unit of the PNG: twice the SVG's size, so the PNG stays sharp on a high-density screen and in print.</summary>
    public const int PngScale = 2;

    /// <summary>
    /// The PNG at <see cref="PngScale"/> times <paramref name="width"/> × <paramref name="height"/> (the same layout, finer),
    /// and the SVG at <paramref name="width"/> × <paramref name="height"/> carrying the subset of the chart font its text
    /// uses, so it draws the same with no font installed.
    /// </summary>
    // The encoder's settings decide the PNG's bytes and most of the report stage's time: the "up" row filter alone and zlib's
    // fastest level encode a plot several times faster than the default (every filter tried per row, level 6), for files
    // about a fifth larger (695 KB against 581 KB for the bundled report's six plots). Fixed, so a PNG has the same bytes on
    // every run; the pixels are those ScottPlot renders for its own PNGs.
    private static readonly SkiaSharp.SKPngEncoderOptions PngOptions = new(SkiaSharp.SKPngEncoderFilterFlags.Up, zLibLevel: 1);

    private byte[] EncodePng(int width, int height)
    {
        // As Plot.GetImage renders: an RGBA surface of premultiplied alpha.
        var info = new SkiaSharp.SKImageInfo(width, height, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Premul);
        using var surface = SkiaSharp.SKSurface.Create(info) ?? throw new InvalidOperationException($"no {width} × {height} surface");
        Plot.Render(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("the PNG encoder gave nothing");
        return data.ToArray();
    }

    // As Plot.GetSvgXml writes it, without the bitmap it renders first to lay the plot out: the PNG just rendered did that.
    private string RenderSvg(int width, int height)
    {
        using var stream = new MemoryStream();
        // Nothing to clear on a new SVG: GetSvgXml does not write the clearing rectangle either.
        var clears = Plot.RenderManager.ClearCanvasBeforeEachRender;
        Plot.RenderManager.ClearCanvasBeforeEachRender = false;
        using (var canvas = SkiaSharp.SKSvgCanvas.Create(new SkiaSharp.SKRect(0, 0, width, height), stream))
            Plot.Render(canvas, width, height);
        Plot.RenderManager.ClearCanvasBeforeEachRender = clears;
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public RenderedPlot Render(string name, int width, int height)
    {
        // Applied last so axis labels, ticks, title and legend set while building all use the chart font.
        Plot.Font.Set(Font.Name);
        Plot.Legend.FontName = Font.Name;
        if (Plot.Legend.ManualItems.Count > 0)
        {
            if (LegendEdge is { } edge) Plot.ShowLegend(edge);
            else Plot.ShowLegend(Alignment.UpperRight);
        }
        Plot.ScaleFactor = PngScale;
        var png = EncodePng(width * PngScale, height * PngScale);
        Plot.ScaleFactor = 1;
        var svg = SvgFont.Embed(SvgIds.Renumber(RenderSvg(width, height)), Font);
        // Parsing catches a broken SVG here rather than in a browser.
        _ = XDocument.Parse(svg);
        return new RenderedPlot(name, Title, png, svg, labels.Distinct().ToList());
    }
}
