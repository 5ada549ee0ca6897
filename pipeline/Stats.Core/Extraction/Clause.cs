namespace Stats.Core.Extraction;

/// <summary>Clauses are the comma-separated parts of a sentence; subjects and rate words are looked for inside one.</summary>
internal static class Clause
{
    /// <summary>Clause ends; the list mark 、 and 和 are not among them, so 分别达到100%、95%和90% stays one clause.</summary>
    private const string Ends = "，,：:；;。！？!?\n\r";

    /// <summary>Subjects are short; bounding the look-back keeps extraction linear on text without punctuation.</summary>
    private const int LongestLook = 120;

    /// <summary>Where the clause holding <paramref name="offset"/> starts, never before <paramref name="floor"/>.</summary>
    public static int StartBefore(string text, int offset, int floor)
    {
        var limit = Math.Max(floor, offset - LongestLook);
        var i = offset;
        while (i > limit && !Ends.Contains(text[i - 1], StringComparison.Ordinal)) i--;
        return i;
    }

    /// <summary>Where the clause holding <paramref name="offset"/> ends, never after <paramref name="ceiling"/>.</summary>
    public static int EndAfter(string text, int offset, int ceiling)
    {
        var limit = Math.Min(ceiling, offset + LongestLook);
        var i = offset;
        while (i < limit && !Ends.Contains(text[i], StringComparison.Ordinal)) i++;
        return i;
    }
}
