namespace Stats.Core.Series;

/// <summary>
/// How a level's subject names its indicator across years: the scope (全市, 市本级…) and the stem (一般公共预算收入), with the
/// words that say what kind of figure it is (年初预算, 调整预算, 预算, 实际) taken off. Two reports name the same indicator
/// when scope and stem agree; 市级 and 市本级 are one scope, 全市 another.
/// </summary>
public sealed record IndicatorName(string Scope, string Stem, LevelRole? RoleWord)
{
    private static readonly (string Word, string Scope)[] Scopes =
    [
        ("省本级", "省本级"), ("省级", "省本级"), ("全省", "全省"), ("市本级", "市本级"), ("市级", "市本级"), ("全市", "全市"),
        ("县本级", "县本级"), ("县级", "县本级"), ("全县", "全县"), ("区本级", "区本级"), ("区级", "区本级"), ("全区", "全区"),
    ];

    // Words of doing and of time that do not change what is counted; 地方 and 年末 stay, since reports print them alike every year.
    private static readonly string[] Leading = ["加上", "其中", "汇总", "我省", "我市", "我县", "我区", "实现", "完成", "安排", "累计", "全年", "统筹"];

    private static readonly string[] Trailing = ["合计", "总计", "为", "达", "是", "共"];

    /// <summary>Stems too bare to name an indicator by themselves: the level takes the indicator of the sentence's first level.</summary>
    private static readonly HashSet<string> Bare = new(StringComparer.Ordinal) { "", "收入", "支出", "实际", "实际完成", "执行", "完成", "决算" };

    public string Key => Scope + Stem;

    /// <summary>Whether the subject names no indicator of its own (实际, 支出预算调整), so it continues the sentence's first one.</summary>
    public bool IsBare => Bare.Contains(Stem) || Stem.Length < 3;

    /// <summary>The name in a subject, or one with an empty stem when only scope and kind words are there.</summary>
    public static IndicatorName Of(string subject)
    {
        var s = new string(subject.Where(c => c is not (' ' or '\u3000')).ToArray());
        s = s.TrimStart('、', '，', ',', '（', '(', '）', ')', '“', '”', '：', ':');
        string before;
        do
        {
            before = s;
            foreach (var word in Leading)
                if (s.StartsWith(word, StringComparison.Ordinal)) s = s[word.Length..];
        }
        while (s != before);

        // 全市统筹的社会保险基金 and 全市社会保险基金 are one fund.
        s = s.Replace("统筹的", "", StringComparison.Ordinal);
        var scope = "";
        foreach (var (word, name) in Scopes)
        {
            var at = s.IndexOf(word, StringComparison.Ordinal);
            if (at < 0) continue;
            scope = name;
            s = s.Remove(at, word.Length);
            break;
        }

        LevelRole? role = null;
        if (s.Contains("调整", StringComparison.Ordinal))
        {
            role = LevelRole.AdjustedBudget;
            s = s.Replace("预算调整", "", StringComparison.Ordinal).Replace("调整后预算", "", StringComparison.Ordinal)
                .Replace("调整预算", "", StringComparison.Ordinal).Replace("调整", "", StringComparison.Ordinal);
        }
        else if (s.Contains("年初预算", StringComparison.Ordinal) || (s.StartsWith("年初", StringComparison.Ordinal) && s.EndsWith("预算", StringComparison.Ordinal)))
        {
            role = LevelRole.Budget;
            s = s.Replace("年初预算", "", StringComparison.Ordinal);
            if (s.StartsWith("年初", StringComparison.Ordinal)) s = s[2..];
            if (s.EndsWith("预算", StringComparison.Ordinal)) s = s[..^2];
        }
        else if (s.EndsWith("代编预算", StringComparison.Ordinal)) { role = LevelRole.Target; s = s[..^4]; }
        else if (s.EndsWith("预算数", StringComparison.Ordinal)) { role = LevelRole.Target; s = s[..^3]; }
        else if (s.EndsWith("预算", StringComparison.Ordinal)) { role = LevelRole.Target; s = s[..^2]; }
        else if (s.StartsWith("实际", StringComparison.Ordinal)) { role = LevelRole.Actual; s = s[2..]; }

        do
        {
            before = s;
            foreach (var word in Trailing)
                if (s.EndsWith(word, StringComparison.Ordinal) && s.Length > word.Length) s = s[..^word.Length];
        }
        while (s != before);
        // A budget's income or expenditure printed as 收入预算 reads the same as 预算收入 (市级政府性基金收入预算 of 政府性基金预算收入).
        foreach (var fund in new[] { "基金", "经营" })
            s = s.Replace(fund + "预算收入", fund + "收入", StringComparison.Ordinal).Replace(fund + "预算支出", fund + "支出", StringComparison.Ordinal);
        return new IndicatorName(scope, s, role);
    }

    /// <summary>The scope the words name last (汇总全市各级… → 全市), or "" when they name none.</summary>
    public static string ScopeIn(string words)
    {
        var (scope, at) = ("", -1);
        foreach (var (word, name) in Scopes)
        {
            var i = words.LastIndexOf(word, StringComparison.Ordinal);
            if (i > at) (scope, at) = (name, i);
        }
        return scope;
    }

    /// <summary>
    /// A bare name continuing <paramref name="head"/>: the head's scope and stem, with 收入 and 支出 swapped when the bare words
    /// name the other side (年初支出预算 after 一般公共预算收入 is 一般公共预算支出).
    /// </summary>
    public IndicatorName Continuing(IndicatorName head)
    {
        var stem = head.Stem;
        if (Stem.Contains("支出", StringComparison.Ordinal) && stem.EndsWith("收入", StringComparison.Ordinal)) stem = stem[..^2] + "支出";
        else if (Stem.Contains("收入", StringComparison.Ordinal) && stem.EndsWith("支出", StringComparison.Ordinal)) stem = stem[..^2] + "收入";
        return new IndicatorName(Scope.Length > 0 ? Scope : head.Scope, stem, RoleWord);
    }
}
