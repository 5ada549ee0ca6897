namespace Stats.Core.Extraction;

/// <summary>
/// Bare numbers that no unit reached and that are not figures: a year printed without 年 (2024·高原论坛) and a page or item
/// number opening a line before its title (43 某省…决算情况表).
/// </summary>
internal static class StrayNumbers
{
    /// <summary>Longest page or item number.</summary>
    private const int LongestPageNumber = 3;

    public static void Apply(string text, List<Candidate> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var c = found[k];
            if (c.Kind != MentionKind.Number || c.Unit.Length > 0 || c.Multiplier != 1m || c.Qualifier.Length > 0 || c.Decimals > 0 || c.Value is not { } v) continue;
            if (c.Number.Length == 4 && v is >= 1900m and <= 2100m)
                found[k] = c with { Kind = MentionKind.Year, Value = null };
            else if (c.Number.Length <= LongestPageNumber && OpensLineBeforeTitle(text, c.Start, c.End))
                found[k] = c with { Kind = MentionKind.Identifier, Value = null };
        }
    }

    private static bool OpensLineBeforeTitle(string text, int start, int end)
    {
        var p = start;
        while (p > 0 && text[p - 1] is ' ' or '\t' or '\u3000') p--;
        if (p > 0 && text[p - 1] != '\n') return false;
        var q = end;
        while (q < text.Length && text[q] is ' ' or '\t' or '\u3000') q++;
        return q > end && q < text.Length && text[q] is >= '\u4e00' and <= '\u9fff';
    }
}
