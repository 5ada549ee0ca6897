namespace Stats.Core.Text;

/// <summary>
/// Text with its invisible format characters removed (zero-width space, non-joiner and joiner, word joiner, a byte order
/// mark inside the text, soft hyphen), and the way back: each offset of the cleaned text maps to the offset of the same
/// character in the original, so that 68\u200d29.11万元 reads as one figure and its span still points into the report.
/// </summary>
public sealed class InvisibleCharacters
{
    // originalIndex[i] is where the cleaned text's character i stands in the original; null when nothing was removed.
    private readonly int[]? originalIndex;
    private readonly int originalLength;

    private InvisibleCharacters(string text, int[]? originalIndex, int originalLength)
    {
        Text = text;
        this.originalIndex = originalIndex;
        this.originalLength = originalLength;
    }

    /// <summary>The text without invisible characters.</summary>
    public string Text { get; }

    /// <summary>Whether nothing was removed (then offsets are the same in both texts).</summary>
    public bool IsIdentity => originalIndex is null;

    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    public static InvisibleCharacters Strip(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (!original.AsSpan().ContainsAny("\u200B\u200C\u200D\u2060\uFEFF\u00AD")) return new InvisibleCharacters(original, null, original.Length);
        var text = new System.Text.StringBuilder(original.Length);
        var index = new List<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            if (IsInvisible(original[i])) continue;
            text.Append(original[i]);
            index.Add(i);
        }
        return new InvisibleCharacters(text.ToString(), [.. index], original.Length);
    }

    /// <summary>
    /// The span of the original text holding the characters of <paramref name="span"/> of the cleaned text: from its first
    /// character to just after its last, so invisible characters inside it are kept and those around it are not.
    /// </summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (originalIndex is null) return span;
        if (span.Length == 0)
        {
            var at = span.Start < originalIndex.Length ? originalIndex[span.Start] : originalLength;
            return new TextSpan(at, at);
        }
        return new TextSpan(originalIndex[span.Start], originalIndex[span.End - 1] + 1);
    }
}
