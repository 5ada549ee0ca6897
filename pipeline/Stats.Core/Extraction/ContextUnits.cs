namespace Stats.Core.Extraction;

/// <summary>
/// Units left out in print but plain from the words before the number: money (预算收入120万, 完成投资4.5亿, 产值突破20亿 are
/// 元) and a counted subject (常住人口35210 counts 人, 游客人次增至1.5亿 counts 人次, 开户数达2.1万 counts 户). Money is
/// only read into a number that has its 万 or 亿, since a bare number after a money word is as often a count or a rank.
/// </summary>
internal static class ContextUnits
{
    /// <summary>Words that make a clause about money.</summary>
    private static readonly string[] MoneyWords =
    [
        "收入", "支出", "投资", "产值", "资金", "预算", "金额", "税收", "销售额", "营业额", "利润", "利税", "增加值", "生产总值",
        "GDP", "补助", "补贴", "奖励", "贷款", "存款", "余额", "成交额", "融资", "债务", "经费", "费用", "收益", "营收", "工资",
        "投入", "拨付", "筹措", "资产", "零售额", "总额", "捐款", "财力",
    ];

    /// <summary>Subjects that name what they count, with the unit they count in.</summary>
    private static readonly (string Subject, Unit Unit)[] CountedSubjects =
    [
        ("人口", new("人", "人", Dimension.Count)),
        ("人数", new("人", "人", Dimension.Count)),
        ("人次", new("人次", "人次", Dimension.Count)),
        ("户数", new("户", "户", Dimension.Count)),
    ];

    /// <summary>Verbs between a subject and its number (人次增至1.5亿, 人口为35210).</summary>
    private static readonly string[] Linking = ["增加到", "增加至", "增长到", "增长至", "达到", "增至", "升至", "降至", "为", "达", "是", "有"];

    private static readonly Unit Money = new("元", "元", Dimension.Money);

    public static void Apply(string text, List<Candidate> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var c = found[k];
            if (c.Kind != MentionKind.Number || c.Unit.Length > 0 || c.Value is null) continue;
            var unit = CountedSubjectBefore(text, c.Start)
                ?? (c.Multiplier > 1m && IsAboutMoney(text, c.Start) ? Money : null);
            if (unit is not null) found[k] = c with { Kind = unit.Kind, Unit = unit.Canonical, Dimension = unit.Dimension, UnitInferred = true };
        }
    }

    private static Unit? CountedSubjectBefore(string text, int start)
    {
        var p = start;
        while (p > 0 && text[p - 1] is ' ' or '\u3000') p--;
        foreach (var verb in Linking)
        {
            if (EndsAt(text, p, verb))
            {
                p -= verb.Length;
                break;
            }
        }
        foreach (var (subject, unit) in CountedSubjects)
        {
            if (EndsAt(text, p, subject)) return unit;
        }
        return null;
    }

    private static bool EndsAt(string text, int end, string word) =>
        end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    private static bool IsAboutMoney(string text, int start)
    {
        var clauseStart = Clause.StartBefore(text, start, 0);
        var lead = text.AsSpan(clauseStart, start - clauseStart);
        foreach (var word in MoneyWords)
        {
            if (lead.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
