namespace Stats.Core.Extraction;

/// <summary>The power-of-ten words printed between a number and its unit (万, 亿, 千, 百万, 千万, 万亿), matched longest first.</summary>
internal static class MultiplierVocabulary
{
    private static readonly (string Word, decimal Factor)[] Words =
    [
        ("万亿", 1_000_000_000_000m),
        ("千万", 10_000_000m),
        ("百万", 1_000_000m),
        ("亿", 100_000_000m),
        ("万", 10_000m),
        ("千", 1_000m),
    ];

    /// <summary>The multiplier printed at <paramref name="at"/>, or null. A unit that starts there wins (千克, 千米 are units, not 千 × 克).</summary>
    public static (string Word, decimal Factor)? Match(string text, int at)
    {
        if (at >= text.Length || UnitVocabulary.Match(text, at) is not null) return null;
        foreach (var (word, factor) in Words)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0) return (word, factor);
        }
        return null;
    }
}
