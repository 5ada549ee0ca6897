using System.Text;
using Stats.Reporting.Plots;

namespace Stats.Reporting.Fonts;

/// <summary>
/// A CSS @font-face rule carrying a subset of the bundled font as a data: URL, so a page or an SVG renders its Chinese
/// with no font installed and fetches nothing (the report's security policy allows fonts from data: only).
/// </summary>
public static class WebFont
{
    /// <summary>The family the report page asks for after the reader's own fonts: it holds only the page's non-ASCII characters.</summary>
    public const string PageFamily = "Stats Report CJK";

    /// <summary>The @font-face rule of <paramref name="family"/>: the font's glyphs for <paramref name="codePoints"/>, base64 in the rule.</summary>
    public static string FontFace(string family, ChartFont font, IEnumerable<int> codePoints) =>
        FontFace(family, FontSubset.Of(font.Path, font.FaceIndex, codePoints));

    public static string FontFace(string family, byte[] trueType) =>
        new StringBuilder("@font-face { font-family: \"").Append(family).Append("\"; src: url(data:font/ttf;base64,")
            .Append(Convert.ToBase64String(trueType)).Append(") format(\"truetype\"); font-display: block; }").ToString();
}
