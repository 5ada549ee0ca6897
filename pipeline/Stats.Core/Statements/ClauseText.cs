namespace Stats.Core.Statements;

/// <summary>
/// Reading the words around a figure: the clause it stands in, the words right before it, and the parentheses it sits in.
/// Every scan is bounded by the clause or sentence it reads, so the cost stays linear in the text.
/// </summary>
public static class ClauseText
{
    /// <summary>Punctuation that ends a clause (a statement of one figure) inside a sentence.</summary>
    public const string ClauseEnds = "，,；;：:、。！？!?\n\r";

    /// <summary>Punctuation that ends a sentence.</summary>
    public const string SentenceEnds = "。！？!?\n\r";

    /// <summary>The words from the previous clause end up to <paramref name="at"/>, without spaces.</summary>
    public static string Before(string text, int at)
    {
        var start = at;
        while (start > 0 && at - start < 40 && ClauseEnds.IndexOf(text[start - 1]) < 0) start--;
        return WithoutSpaces(text[start..at]);
    }

    /// <summary>The words from <paramref name="at"/> up to the next clause end, without spaces.</summary>
    public static string After(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 40 && ClauseEnds.IndexOf(text[end]) < 0) end++;
        return WithoutSpaces(text[at..end]);
    }

    // PDF text layers space out words (税收收入 21.45 亿元): the words are read without them.
    private static string WithoutSpaces(string words) =>
        words.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);

    /// <summary>
    /// The position of the parenthesis that closes the one opened at <paramref name="open"/>, within its sentence; -1 when
    /// the sentence ends first.
    /// </summary>
    public static int Closing(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length && (i == open || SentenceEnds.IndexOf(text[i]) < 0); i++)
        {
            if (text[i] is '（' or '(') depth++;
            else if (text[i] is '）' or ')' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>
    /// How deep in parentheses each position lies, counted from the start of its sentence, in one pass over the text
    /// (positions in any order; the result maps each to its depth).
    /// </summary>
    public static IReadOnlyDictionary<int, int> Depths(string text, IEnumerable<int> positions)
    {
        var wanted = positions.Distinct().Order().ToList();
        var depths = new Dictionary<int, int>(wanted.Count);
        var depth = 0;
        var next = 0;
        for (var i = 0; i <= text.Length && next < wanted.Count; i++)
        {
            while (next < wanted.Count && wanted[next] == i) depths[wanted[next++]] = depth;
            if (i == text.Length) break;
            if (SentenceEnds.Contains(text[i])) depth = 0;
            else if (text[i] is '（' or '(') depth++;
            else if (text[i] is '）' or ')' && depth > 0) depth--;
        }
        return depths;
    }

    public static int SentenceStart(string text, int at)
    {
        var start = at;
        while (start > 0 && SentenceEnds.IndexOf(text[start - 1]) < 0) start--;
        return start;
    }

    public static int SentenceEnd(string text, int at)
    {
        var end = text.AsSpan(at).IndexOfAny(SentenceEnds);
        return end < 0 ? text.Length : at + end;
    }

    /// <summary>How many sentence ends (a run of 。！？ counts once) stand in text[from, to).</summary>
    public static int SentenceEndsBetween(string text, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
            if (SentenceEnds.IndexOf(text[k]) >= 0 && (k == 0 || SentenceEnds.IndexOf(text[k - 1]) < 0)) count++;
        return count;
    }
}
