namespace Stats.Core.Extraction;

/// <summary>
/// A number with 以上/以下 that names a group instead of stating an amount: the bound of a category (20万元以下欠款,
/// 20万以上15个村, 海拔4000米以上村庄). Such a figure is a <see cref="MentionKind.Threshold"/>, which checks never use.
/// <para>
/// The bound is a category when a count of the group follows it straight away (20万以上15个村), when 以下 runs on into a
/// noun (20万元以下欠款: "debts below 20万"), when a counted bound runs on into a noun (30户以上自然村: villages of thirty
/// households or more), or when an attribute word that sorts things into classes leads it (海拔, 规模, 总投资…:
/// 总投资1000万元以上项目). A bound at the end of a clause is a figure with a qualifier (增长10%以上。), and so is a measured
/// one after a verb of achievement (收入达到40万元以上村庄6个 states what the villages reached). A range of money or measure
/// before a noun (50万至1000万元项目, 0-14岁人口) bounds a group the same way: see <see cref="ListUnits"/>.
/// </para>
/// </summary>
internal static class Threshold
{
    /// <summary>Words that sort things into classes by the number that follows them.</summary>
    private static readonly string[] AttributeWords = ["海拔", "规模", "总投资", "投资额", "单体", "单个", "年产值", "年产", "年销售收入", "年销售额", "年营业收入", "年主营业务收入", "面积"];

    /// <summary>Characters after the bound that continue the clause rather than name a group.</summary>
    private const string NotANoun = "的和及或与是为在了并且而等不之间，,。；;：:、！？!?（）()“”\"'";

    public static Candidate Of(string text, Candidate figure, ClaimMap claims)
    {
        if (!figure.Kind.IsFigure() || !(figure.Qualifier.EndsWith("以上", StringComparison.Ordinal) || figure.Qualifier.EndsWith("以下", StringComparison.Ordinal)))
            return figure;
        var next = figure.End;
        while (next < text.Length && text[next] is ' ' or '\u3000' or '\u00A0') next++;
        if (next >= text.Length || claims.IsClaimed(next)) return figure;
        var c = text[next];
        var isCategory = ArabicNumeral.IsDigit(c)
            || (IsNoun(c) && (figure.Qualifier.EndsWith("以下", StringComparison.Ordinal) || figure.Dimension == Dimension.Count
                || AttributeBefore(text, figure.Start) || !StatedBefore(text, figure.Start)));
        return isCategory ? Mark(figure) : figure;
    }

    /// <summary>
    /// The bound as a non-figure: it keeps its printed number and qualifier but no value, unit or dimension, so that no check
    /// that matches figures by unit can take it for one.
    /// </summary>
    public static Candidate Mark(Candidate bound) =>
        bound with { Kind = MentionKind.Threshold, Value = null, Unit = "", Multiplier = 1m, Dimension = Dimension.None };

    /// <summary>Whether the character at <paramref name="at"/>, after spaces, begins a noun the number qualifies.</summary>
    public static bool NounFollows(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\u3000' or '\u00A0') at++;
        return at < text.Length && IsNoun(text[at]);
    }

    private static bool IsNoun(char c) => c is >= '\u4e00' and <= '\u9fff' && !NotANoun.Contains(c, StringComparison.Ordinal);

    /// <summary>Verbs after which a bound states what was reached (达到50万元以上嘎查村4个), not a class.</summary>
    private static readonly string[] StatingWords = ["达到", "达", "实现", "超过", "突破", "完成", "增长", "提高", "增加", "减少", "下降", "为", "是", "至", "到"];

    // 1000万元以上项目 after 其中 or at a clause start names a class of projects; 达到50万元以上 states an amount reached.
    private static bool StatedBefore(string text, int start) => OneBefore(text, start, StatingWords);

    private static bool AttributeBefore(string text, int start) => OneBefore(text, start, AttributeWords);

    /// <summary>Whether one of <paramref name="words"/> ends right before <paramref name="start"/>, spaces aside.</summary>
    private static bool OneBefore(string text, int start, string[] words)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\u3000' or '\u00A0') end--;
        foreach (var word in words)
        {
            if (end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0) return true;
        }
        return false;
    }
}
