namespace Stats.Core.Figures;

/// <summary>The qualifier words of Chinese official figures and the <see cref="Qualifier"/> each one means.</summary>
public static class QualifierWords
{
    // Longest words first so that 不超过 is not read as 不 + 超过.
    private static readonly (string Word, Qualifier Meaning)[] Words = new (string, Qualifier)[]
    {
        ("余", Qualifier.MoreThan), ("多", Qualifier.MoreThan), ("逾", Qualifier.MoreThan),
        ("近", Qualifier.Nearly), ("将近", Qualifier.Nearly), ("接近", Qualifier.Nearly),
        ("约", Qualifier.About), ("大约", Qualifier.About), ("左右", Qualifier.About), ("上下", Qualifier.About),
        ("以上", Qualifier.AtLeast), ("至少", Qualifier.AtLeast), ("不少于", Qualifier.AtLeast), ("不低于", Qualifier.AtLeast),
        ("突破", Qualifier.Over), ("超过", Qualifier.Over), ("超", Qualifier.Over), ("高于", Qualifier.Over),
        ("以下", Qualifier.AtMost), ("以内", Qualifier.AtMost), ("不超过", Qualifier.AtMost), ("最多", Qualifier.AtMost), ("不高于", Qualifier.AtMost),
        ("不足", Qualifier.Under), ("不到", Qualifier.Under), ("低于", Qualifier.Under), ("未满", Qualifier.Under),
    }.OrderByDescending(w => w.Item1.Length).ToArray();

    /// <summary>
    /// The meanings of the qualifier words as printed (e.g. "近", "余", "以上"), in order;
    /// <see cref="FormatException"/> for a word it does not know, since ignoring one could turn a qualifier into a false flag.
    /// </summary>
    public static IReadOnlyList<Qualifier> Parse(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var meanings = new List<Qualifier>();
        var rest = words.Trim();
        while (rest.Length > 0)
        {
            var match = Words.FirstOrDefault(w => rest.StartsWith(w.Word, StringComparison.Ordinal));
            if (match.Word is null) throw new FormatException($"'{words}' holds an unknown qualifier ('{rest}').");
            meanings.Add(match.Meaning);
            rest = rest[match.Word.Length..].TrimStart();
        }
        return meanings;
    }
}
