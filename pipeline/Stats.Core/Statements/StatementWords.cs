namespace Stats.Core.Statements;

/// <summary>
/// The words that tell what a figure states beyond its number: a change from another period rather than a level, a
/// previous period's figure, a figure inside a cause or an inclusion, the start of a new statement inside a sentence.
/// </summary>
public static class StatementWords
{
    /// <summary>Words right before an amount that make it a change, not a level (比上年增加 6517万元, 减少 282万元).</summary>
    public static readonly string[] ChangeWords = ["增加", "减少", "增收", "减收", "增支", "减支", "增长", "下降", "提高", "降低", "多收", "少收", "增", "减", "多", "少"];

    /// <summary>Words before a figure that date it to an earlier period (由上年的 45.4:14.4:40.2, 由2018年的…).</summary>
    public static readonly string[] PreviousPeriodWords = ["由上年的", "比上年的", "上年同期为", "上年为", "去年为", "由去年的", "从上年的"];

    /// <summary>Words that start a new statement inside a sentence, so a list under 其中 ends before them.</summary>
    public static readonly string[] NewStatementWords =
    [
        "加上", "加", "减去", "扣除", "收入合计", "收入总计", "支出合计", "支出总计", "合计", "总计", "收支相抵",
        "另外", "此外", "同时", "主要原因", "主要是", "全年", "全市", "全县", "全区", "全镇", "全省", "全旗", "全盟",
        // Verbs that open a statement of their own in work reports; a part under 其中 is named, not done.
        "修复", "治理", "开展", "推进", "实施", "发放", "落实", "争取", "引进", "培育", "打造", "创建", "建成", "新建",
        // The next item of an enumeration (一是…；二是…) is a statement of its own, not a part of the one before.
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
    ];

    /// <summary>
    /// Words of indicators that do not add up: per-capita values, averages, prices and indices lie between their parts'
    /// values rather than summing them (urban and rural per-capita income), so they are never parts or totals.
    /// </summary>
    public static readonly string[] NonAdditiveWords = ["人均", "户均", "亩均", "平均", "均价", "单价", "价格", "指数", "单产"];

    /// <summary>Whether a subject names an indicator that does not add up.</summary>
    public static bool IsNonAdditive(string subject)
    {
        // A loop rather than Any with a closure: every check asks it of every level, and a diagnosis re-runs the checks.
        foreach (var w in NonAdditiveWords)
            if (subject.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Classifiers of time and of occasions: a span of years or a number of sessions is neither a population nor a stock.</summary>
    public static readonly IReadOnlySet<string> TimeClassifiers = new HashSet<string>(StringComparer.Ordinal)
        { "年", "个月", "月", "日", "天", "周", "周年", "小时", "分钟", "次", "届", "期", "批", "轮", "季", "季度", "倍", "年度", "连丰" };

    /// <summary>
    /// The side of a budget an amount stands on, from its subject: income, expenditure or a balance. A part under 其中
    /// stands on its total's side (a fund's expenditure is not part of its income).
    /// </summary>
    public static string BudgetSide(string subject) =>
        subject.Contains("结余", StringComparison.Ordinal) || subject.Contains("结转", StringComparison.Ordinal) || subject.Contains("余额", StringComparison.Ordinal) ? "balance"
        : subject.Contains("支出", StringComparison.Ordinal) ? "expenditure"
        : subject.Contains("收入", StringComparison.Ordinal) ? "income"
        : "";

    /// <summary>
    /// Whether the words before a rate in its own clause name no population of their own (占比 83.3%, 覆盖率达 94.3%), so the
    /// rate speaks of the population counted just before it; 新能源汽车渗透率达 81.7% names its own.
    /// </summary>
    public static bool IsBareRate(string wordsBefore) => RateSubject(wordsBefore).Length <= 2;

    /// <summary>
    /// Whether a rate speaks of the population a count's clause names: the words before the rate (without the verb and the rate
    /// word) are short, or share a character of substance with the count's clause (接通自来水 … 自来水覆盖率; 完成改厕 … 卫生厕所普及率),
    /// where 新能源汽车渗透率 shares none with 完成133家重点企业治理.
    /// </summary>
    public static bool SpeaksOf(string rateWordsBefore, string countClause)
    {
        var subject = RateSubject(rateWordsBefore);
        return subject.Length <= 2 || subject.Any(c => c is >= '\u4e00' and <= '\u9fff' && !Common.Contains(c) && countClause.Contains(c));
    }

    // Characters too common in report prose to tie a rate to a count.
    private const string Common = "全年的已有中达到为是约了个率比占上下总数量工作情况";

    private static string RateSubject(string wordsBefore)
    {
        var words = wordsBefore.TrimEnd("达到为是约了的已".ToCharArray());
        return words.EndsWith('率') ? words[..^1] : words.EndsWith("占比", StringComparison.Ordinal) || words.EndsWith("比重", StringComparison.Ordinal) || words.EndsWith("比例", StringComparison.Ordinal) ? words[..^2] : words;
    }

    /// <summary>Whether the words right before a figure make it a change from another period.</summary>
    public static bool IsChange(string wordsBefore) =>
        ChangeWords.Any(w => wordsBefore.EndsWith(w, StringComparison.Ordinal)) && !wordsBefore.EndsWith("新增", StringComparison.Ordinal);

    /// <summary>Whether the words right before a figure date it to the previous period.</summary>
    public static bool IsPreviousPeriod(string wordsBefore) =>
        PreviousPeriodWords.Any(w => wordsBefore.Contains(w, StringComparison.Ordinal)) ||
        (wordsBefore.Contains('由') && wordsBefore.EndsWith("年的", StringComparison.Ordinal));

    /// <summary>
    /// Verbs that open a new statement after a semicolon; after a comma they may still name a part (其中…，实现税收返还收入267万元).
    /// </summary>
    public static readonly string[] NewStatementAfterSemicolon = ["完成", "实现", "支出", "安排",
        // Another level of government after a semicolon (…；市县政府债务限额…, …；省级政府债务余额…) starts its own statement.
        "省级", "市级", "县级", "区级", "市本级", "省本级", "县本级", "市县", "县市区", "县（市、区）", "县(市、区)"];

    /// <summary>Whether a clause after <paramref name="separator"/> starts a new statement rather than continuing a list.</summary>
    public static bool StartsNewStatement(string clause, char separator) =>
        NewStatementWords.Any(w => clause.StartsWith(w, StringComparison.Ordinal)) || NamesTotal(clause) ||
        (separator is '；' or ';' && NewStatementAfterSemicolon.Any(w => clause.StartsWith(w, StringComparison.Ordinal)));

    // A clause naming a total of its own before its figure (市本级收入总计 X) sums up; it is no item of a list.
    private static bool NamesTotal(string clause)
    {
        var digit = clause.AsSpan().IndexOfAnyInRange('0', '9');
        var words = digit < 0 ? clause.AsSpan() : clause.AsSpan(0, digit);
        // …收入加预计转移性收入 X: a sum stated in words is a statement of its own too.
        return words.Contains("总计", StringComparison.Ordinal) || words.Contains("合计", StringComparison.Ordinal) ||
               words.Contains("收入加", StringComparison.Ordinal) || words.Contains("支出加", StringComparison.Ordinal);
    }

    // Words of place and of doing that do not change what is measured (全县实现地区生产总值 is 生产总值).
    private static readonly string[] PlaceAndDoingWords = ["全年", "全部", "全城区", "全县", "全市", "全区", "全省", "全镇", "全旗", "全盟", "全乡", "实现", "地区", "累计", "完成", "(GDP)", "（GDP）"];

    /// <summary>A table row's name without the 其中 that lists it (其中:第一产业 is 第一产业), nor the full-width spaces of a PDF.</summary>
    public static string RowName(string subject)
    {
        var name = IndicatorName(subject).Replace("\u3000", "", StringComparison.Ordinal);
        foreach (var lead in (string[])["其中:", "其中：", "其中"])
            if (name.StartsWith(lead, StringComparison.Ordinal)) return name[lead.Length..];
        return name;
    }

    /// <summary>An indicator's name without spaces and words of place and of doing; GDP reads as 生产总值.</summary>
    public static string IndicatorName(string subject)
    {
        var name = subject.Replace(" ", "", StringComparison.Ordinal).Replace("GDP", "生产总值", StringComparison.Ordinal);
        foreach (var word in PlaceAndDoingWords) name = name.Replace(word, "", StringComparison.Ordinal);
        return name.TrimEnd('为', '达', '是', '|');
    }
}
