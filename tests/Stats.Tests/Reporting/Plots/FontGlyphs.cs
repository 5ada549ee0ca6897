using SkiaSharp;

namespace Stats.Tests.Reporting.Plots;

/// <summary>Which characters of a text a font file has no glyph for (glyph id 0 is "missing").</summary>
public static class FontGlyphs
{
    public static IReadOnlyList<string> Missing(string fontPath, IEnumerable<string> texts)
    {
        using var typeface = SKTypeface.FromFile(fontPath) ?? throw new FileNotFoundException("not a font", fontPath);
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
