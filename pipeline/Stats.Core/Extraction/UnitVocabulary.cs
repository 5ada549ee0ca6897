using System.Collections.Frozen;

namespace Stats.Core.Extraction;

/// <summary>The units and classifiers a figure may carry, matched longest first (平方公里 before 公里, 人次 before 人, 个百分点 before 个).</summary>
internal static class UnitVocabulary
{
    private static readonly Unit[] All =
    [
        .. Same(Dimension.Money, "元", "美元"),
        .. Same(Dimension.Mass, "吨", "公斤", "千克", "斤", "克"),
        .. Same(Dimension.Area, "亩", "公顷", "平方米", "平方公里", "平方千米"),
        .. Same(Dimension.Length, "米", "公里", "千米", "延米"),
        .. Same(Dimension.Volume, "立方米", "升"),
        // Classifiers: the thing counted is named by the classifier, so they all make counts.
        .. Same(Dimension.Count,
            "户", "户次", "人", "人次", "个", "家", "次", "处", "座", "台", "条", "件", "起", "轮", "支", "块",
            "批", "批次", "份", "项", "头", "头次", "只", "羽", "剂", "剂次", "场", "场次", "车次", "架次", "班次",
            "分", "所", "名", "类", "栋", "幢", "套", "间", "辆", "张", "株", "棵", "位", "例", "期", "篇", "种",
            "对", "组", "方面", "眼", "口", "根", "盏", "片", "本", "部", "枚", "届", "季",
            // Durations count periods; a four-digit 年 is a calendar year and never gets here.
            "年", "个月", "天", "小时", "分钟", "周"),
        new("%", "%", Dimension.Percent),
        new("％", "%", Dimension.Percent),
        new("‰", "‰", Dimension.PerMille),
        new("个百分点", "个百分点", Dimension.PercentagePoints),
        new("百分点", "个百分点", Dimension.PercentagePoints),
        // Ages, multiples and power have no dimension to check against: numbers that keep their unit.
        .. Same(Dimension.None, "岁", "周岁", "倍", "千瓦", "千瓦时", "兆瓦"),
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

    private static IEnumerable<Unit> Same(Dimension dimension, params string[] printed) =>
        printed.Select(p => new Unit(p, p, dimension));
}
