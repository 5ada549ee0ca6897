using System.Xml.Linq;
using Stats.Reporting.Fonts;

namespace Stats.Reporting.Plots;

/// <summary>
/// Skia's SVG canvas writes text as &lt;text font-family="WenQuanYi Micro Hei, …"&gt; with each glyph's position, so the
/// SVG needs that font to draw its labels where the PNG draws them. An @font-face under the same family name, holding the
/// glyphs of the SVG's own text, takes precedence over any installed font and stands in where none is.
/// </summary>
public static class SvgFont
{
    public static string Embed(string svg, ChartFont font)
    {
        var document = XDocument.Parse(svg);
        var texts = document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        if (texts.Count == 0) return svg;
        var rule = WebFont.FontFace(font.Name, font, FontSubset.CodePoints(texts));
        var root = svg.IndexOf("<svg", StringComparison.Ordinal);
        var open = root < 0 ? -1 : svg.IndexOf('>', root);
        if (open < 0) throw new InvalidOperationException("The plot's SVG has no root element.");
        // Base64 and the rule's quotes need no escaping in XML character data.
        return svg[..(open + 1)] + "\n\t<style>" + rule + "</style>" + svg[(open + 1)..];
    }
}
