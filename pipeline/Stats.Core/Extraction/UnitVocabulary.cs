using System.Collections.Frozen;

namespace Stats.Core.Extraction;

/// <summary>
/// The units and classifiers a figure may carry, matched longest first (平方公里 before 公里, 人次 before 人, 个百分点 before 个,
/// 周年 before 周). A unit followed by '/' and a second unit is a rate per unit (元/人, 微克/立方米): see <see cref="MatchRate"/>.
/// </summary>
internal static class UnitVocabulary
{
    private static readonly Unit[] All =
    [
        .. Same(Dimension.Money, "元", "美元"),
        .. Same(Dimension.Mass, "吨", "公斤", "千克", "斤", "克", "微克", "毫克"),
        .. Same(Dimension.Area, "亩", "公顷", "平方米", "平米", "平方公里", "平方千米"),
        .. Same(Dimension.Length, "米", "公里", "千米", "延米", "英寸"),
        .. Same(Dimension.Volume, "立方米", "升"),
        // Classifiers: the thing counted is named by the classifier, so they all make counts.
        .. Same(Dimension.Count,
            "户", "户次", "人", "人次", "个", "家", "次", "处", "座", "台", "条", "件", "起", "轮", "支", "块",
            "批", "批次", "份", "项", "头", "头次", "头只", "只", "羽", "剂", "剂次", "场", "场次", "车次", "架次", "班次",
            "航次", "标箱", "分", "所", "名", "类", "栋", "幢", "套", "间", "辆", "张", "株", "棵", "位", "例", "期", "篇", "种",
            "对", "组", "方面", "眼", "口", "根", "盏", "片", "本", "部", "枚", "届", "季",
            "款", "门", "列", "艘", "宗", "架", "颗", "层", "首", "册", "大类",
            // Administrative areas counted as a group (两县区, 五地（市）): the classifier names the kind of area.
            "县区", "县（区）", "县(区)", "县（市、区）", "县(市、区)", "地（市）", "地(市)", "市（州）", "市(州)",
            // Durations count periods; a four-digit 年 is a calendar year and never gets here.
            "年", "个月", "天", "小时", "分钟", "周"),
        new("%", "%", Dimension.Percent),
        new("％", "%", Dimension.Percent),
        new("‰", "‰", Dimension.PerMille),
        new("个百分点", "个百分点", Dimension.PercentagePoints),
        new("百分点", "个百分点", Dimension.PercentagePoints),
        // A change of a per-mille rate: points of its own, never mixed with 个百分点.
        new("个千分点", "个千分点", Dimension.None) { KindOverride = MentionKind.PercentagePoints },
        new("千分点", "个千分点", Dimension.None) { KindOverride = MentionKind.PercentagePoints },
        // Ages, anniversaries, multiples, power, energy, voltage and freight have no dimension to check against: numbers
        // that keep their unit. 千 in 千瓦, 千瓦时 and 千伏 is part of the unit, 万 before them a multiplier (万千瓦).
        .. Same(Dimension.None, "岁", "周岁", "周年", "倍", "千瓦", "千瓦时", "兆瓦", "千伏", "吨公里", "人公里"),
        // 度 is a kilowatt-hour after a multiplier (亿度) or a reading after digits; after 两 it means "twice".
        new("度", "度", Dimension.None) { AfterDigitsOnly = true },
        // An earthquake's magnitude (5.2级); 三级 is a grade, not a number of anything.
        new("级", "级", Dimension.None) { AfterDigitsOnly = true },
    ];

    private static readonly FrozenDictionary<char, Unit[]> ByFirstChar = All
        .GroupBy(u => u.Printed[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(u => u.Printed.Length).ToArray());

    /// <summary>The longest unit printed at <paramref name="at"/>, or null.</summary>
    public static Unit? Match(string text, int at)
    {
        if (at >= text.Length || !ByFirstChar.TryGetValue(text[at], out var candidates)) return null;
        foreach (var unit in candidates)
        {
            if (string.CompareOrdinal(text, at, unit.Printed, 0, unit.Printed.Length) == 0) return unit;
        }
        return null;
    }

    /// <summary>
    /// The unit at <paramref name="at"/>, extended to a rate when '/' and a second unit follow it (元/人, 人/平方公里), or a month
    /// or a day, which are units only after '/' (元/月): elsewhere 3月 is a date.
    /// </summary>
    public static Unit? MatchRate(string text, int at)
    {
        var unit = Match(text, at);
        // A rate stays in its own unit: 5%/年 is a percent a year, read as the percent it prints.
        if (unit is null || unit.Dimension is Dimension.Percent or Dimension.PerMille or Dimension.PercentagePoints) return unit;
        var slash = at + unit.Printed.Length;
        if (slash + 1 >= text.Length || text[slash] is not ('/' or '／')) return unit;
        var denominator = Match(text, slash + 1) ?? (text[slash + 1] is '月' or '日' ? new Unit(text[slash + 1].ToString(), text[slash + 1].ToString(), Dimension.Count) : null);
        return denominator is null || denominator.Dimension is Dimension.Percent or Dimension.PerMille or Dimension.PercentagePoints
            ? unit
            : unit.Per(denominator, text.Substring(at, slash + 1 + denominator.Printed.Length - at));
    }

    private static IEnumerable<Unit> Same(Dimension dimension, params string[] printed) =>
        printed.Select(p => new Unit(p, p, dimension));
}
