using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SkiaSharp;

namespace Stats.Tests.Reporting.Plots;

/// <summary>
/// Where the texts and round markers of a plot's SVG lie, from the glyph positions Skia writes and the chart font's advances,
/// for checks that no label is cut by the edge it is clipped to or drawn over a marker.
/// </summary>
public static partial class SvgLayout
{
    /// <summary>A text's box, and the rectangle it must stay within: its clip path's, or the picture's.</summary>
    public sealed record TextBox(string Text, SKRect Box, SKRect Bounds);

    public static IReadOnlyList<TextBox> TextBoxes(string svg, string fontPath)
    {
        var root = XDocument.Parse(svg).Root!;
        var picture = new SKRect(0, 0, Number(root.Attribute("width")!.Value), Number(root.Attribute("height")!.Value));
        var clips = root.Descendants().Where(e => e.Name.LocalName == "clipPath")
            .ToDictionary(c => c.Attribute("id")!.Value, c => c.Elements().First(e => e.Name.LocalName == "rect") is var r
                ? SKRect.Create(Number(r.Attribute("x")!.Value), Number(r.Attribute("y")!.Value), Number(r.Attribute("width")!.Value), Number(r.Attribute("height")!.Value))
                : picture);
        using var typeface = SKTypeface.FromFile(fontPath);
        var boxes = new List<TextBox>();
        foreach (var text in root.Descendants().Where(e => e.Name.LocalName == "text"))
        {
            var content = text.Value.Trim();
            // Axis titles turned on their side are laid out by the axis panel, not placed at a point.
            if (content.Length == 0 || !(text.Attribute("transform")?.Value ?? "translate").StartsWith("translate", StringComparison.Ordinal)) continue;
            var size = Number(text.Attribute("font-size")!.Value);
            var translate = Translate().Match(text.Attribute("transform")?.Value ?? "");
            var (tx, ty) = translate.Success ? (Number(translate.Groups[1].Value), Number(translate.Groups[2].Value)) : (0f, 0f);
            var xs = Numbers(text.Attribute("x")!.Value);
            var y = Numbers(text.Attribute("y")!.Value)[0];
            using var font = new SKFont(typeface, size);
            var last = content.EnumerateRunes().Last().ToString();
            var box = new SKRect(tx + xs.Min(), ty + y - size * 0.85f, tx + xs.Max() + font.MeasureText(last), ty + y + size * 0.2f);
            var clip = text.Ancestors().Select(a => a.Attribute("clip-path")?.Value).FirstOrDefault(v => v is not null);
            var bounds = clip is null ? picture : clips[ClipId().Match(clip).Groups[1].Value];
            // Half a pixel of rounding either way is no cut.
            bounds.Inflate(0.5f, 0.5f);
            boxes.Add(new TextBox(content, box, bounds));
        }
        return boxes;
    }

    /// <summary>The bounding box of each ellipse (the round markers).</summary>
    public static IReadOnlyList<SKRect> Ellipses(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "ellipse")
            .Select(e => (cx: Number(e.Attribute("cx")!.Value), cy: Number(e.Attribute("cy")!.Value), rx: Number(e.Attribute("rx")!.Value), ry: Number(e.Attribute("ry")!.Value)))
            .Select(e => new SKRect(e.cx - e.rx, e.cy - e.ry, e.cx + e.rx, e.cy + e.ry)).ToList();

    private static float Number(string text) => float.Parse(text, CultureInfo.InvariantCulture);

    private static float[] Numbers(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number).ToArray();

    [GeneratedRegex(@"translate\(([-0-9.e]+)[ ,]+([-0-9.e]+)\)")]
    private static partial Regex Translate();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex ClipId();
}
