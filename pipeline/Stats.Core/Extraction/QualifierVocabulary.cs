namespace Stats.Core.Extraction;

/// <summary>
/// The words that make a figure approximate or a bound. They stay inside the mention's text and in
/// <see cref="Mention.Qualifier"/>; where they stand decides which list they come from.
/// </summary>
internal static class QualifierVocabulary
{
    /// <summary>Before the number (近万人次, 超过20万元), longest first so 将近, 接近 and 近乎 beat 近 and 超过 beats 超.</summary>
    public static readonly string[] BeforeNumber =
        ["不少于", "不低于", "不超过", "近乎", "将近", "大约", "超过", "超出", "突破", "不足", "至少", "不到", "接近", "逾", "近", "约", "超"];

    /// <summary>Between number and multiplier or unit, or after the multiplier (2000余万元, 38万余人次, 十多个).</summary>
    public static readonly string[] Inside = ["余", "多"];

    /// <summary>After the unit (50万元以上, 10%以上, 3公里左右).</summary>
    public static readonly string[] AfterUnit = ["及以上", "及以下", "以上", "以下", "左右", "以内"];

    /// <summary>Characters before 近 that make it part of a word (最近, 附近), not a qualifier.</summary>
    public const string CharsMaking近AWord = "最附靠接临邻贴";

    /// <summary>
    /// The spelling a qualifier is stored under in <see cref="Mention.Qualifier"/>, where the figure reader
    /// (Figures/QualifierWords) gives it its meaning: 超出 is stored as 超 (more than), 及以上 and 及以下 as 以上 and 以下, whose 及
    /// is only a conjunction ("and above"). Every other word is stored as printed; the mention's text keeps the print.
    /// </summary>
    public static string Stored(string printed) => printed switch
    {
        "超出" => "超",
        "及以上" => "以上",
        "及以下" => "以下",
        _ => printed,
    };

    /// <summary>The qualifier from <paramref name="words"/> printed at <paramref name="at"/>, or null.</summary>
    public static string? MatchAt(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0) return word;
        }
        return null;
    }

    /// <summary>The before-number qualifier that ends exactly at <paramref name="end"/>, or null.</summary>
    public static string? MatchEndingAt(string text, int end)
    {
        foreach (var word in BeforeNumber)
        {
            var start = end - word.Length;
            if (start < 0 || string.CompareOrdinal(text, start, word, 0, word.Length) != 0) continue;
            if (word == "近" && start > 0 && CharsMaking近AWord.Contains(text[start - 1], StringComparison.Ordinal)) continue;
            return word;
        }
        return null;
    }
}
