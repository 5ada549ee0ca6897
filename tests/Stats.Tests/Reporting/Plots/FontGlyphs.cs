using SkiaSharp;

namespace Stats.Tests.Reporting.Plots;

/// <summary>Which characters of a text a font file has no glyph for (glyph id 0 is "missing").</summary>
public static class FontGlyphs
{
    public static IReadOnlyList<string> Missing(string fontPath, IEnumerable<string> texts)
    {
        using var typeface = SKTypeface.FromFile(fontPath) ?? throw new FileNotFoundException("not a font", fontPath);
        return Missing(typeface, texts);
    }

    /// <summary>The same for a font given as the bytes of a TrueType file (a subset embedded in a page or SVG).</summary>
    public static IReadOnlyList<string> MissingIn(byte[] trueType, IEnumerable<string> texts)
    {
        using var data = SKData.CreateCopy(trueType);
        using var typeface = SKTypeface.FromData(data) ?? throw new ArgumentException("not a font", nameof(trueType));
        return Missing(typeface, texts);
    }

    private static IReadOnlyList<string> Missing(SKTypeface typeface, IEnumerable<string> texts)
    {
        using var font = new SKFont(typeface);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var visible = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
            var glyphs = font.GetGlyphs(visible);
            var elements = System.Globalization.StringInfo.GetTextElementEnumerator(visible);
            var i = 0;
            while (elements.MoveNext())
            {
                if (i < glyphs.Length && glyphs[i] == 0) missing.Add((string)elements.Current);
                i++;
            }
        }
        return missing.ToList();
    }
}
