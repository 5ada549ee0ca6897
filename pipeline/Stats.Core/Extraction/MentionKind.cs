namespace Stats.Core.Extraction;

/// <summary>What a mention is: a figure of some kind, or a number-bearing text that is never a figure.</summary>
public enum MentionKind
{
    /// <summary>A sum of money (元 and its multiples).</summary>
    Amount,
    /// <summary>A measured quantity: mass, area, length or volume.</summary>
    Quantity,
    /// <summary>A count of things with a classifier (户, 人次, 个…).</summary>
    Count,
    /// <summary>A percentage (%), including growth rates and shares.</summary>
    Percent,
    /// <summary>A per-mille rate (‰).</summary>
    PerMille,
    /// <summary>A change in percentage points (个百分点).</summary>
    PercentagePoints,
    /// <summary>A ratio of parts such as 18.0:48.6:33.4.</summary>
    Ratio,
    /// <summary>A bare number with no recognised unit.</summary>
    Number,
    /// <summary>Not a figure: a calendar year (2022年).</summary>
    Year,
    /// <summary>Not a figure: a date (2023年4月20日, 2023-04-22, 5月底).</summary>
    Date,
    /// <summary>Not a figure: a time of day (16:44:00).</summary>
    Time,
    /// <summary>Not a figure: an identifier (telephone, ICP/备案 number, site code, e-mail).</summary>
    Identifier,
    /// <summary>Not a figure: a name or slogan containing a number (“1043”工作法, 十四五).</summary>
    Name,
    /// <summary>Not a figure: an ordinal (第四届, 第三次) or a footnote marker ([2]).</summary>
    Ordinal,
    /// <summary>Not a figure: the bound of a category (20万元以下欠款, 海拔4000米以上村庄, 0-14岁 as a table row): it names a group, it states no amount.</summary>
    Threshold,
}

/// <summary>Whether a kind is a figure (a value that checks may use) and its lower-case name in outputs.</summary>
public static class MentionKinds
{
    public static bool IsFigure(this MentionKind kind) => kind <= MentionKind.Number;

    public static string Name(this MentionKind kind) => kind switch
    {
        MentionKind.PerMille => "permille",
        MentionKind.PercentagePoints => "points",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static MentionKind Parse(string name) =>
        Enum.GetValues<MentionKind>().FirstOrDefault(k => k.Name() == name) is var kind && kind.Name() == name
            ? kind
            : throw new FormatException($"'{name}' is not a mention kind.");
}
