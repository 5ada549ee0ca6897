using Stats.Core.Text;

namespace Stats.Core.Extraction;

/// <summary>
/// One number-bearing piece of a report, exactly as printed, with what it means.
/// <see cref="Text"/> always equals the report's content at <see cref="Span"/>.
/// </summary>
public sealed record Mention
{
    /// <summary>1-based, in order of <see cref="Span"/>.</summary>
    public required int Id { get; init; }

    public required TextSpan Span { get; init; }

    /// <summary>The text exactly as printed, including qualifier and unit.</summary>
    public required string Text { get; init; }

    public required MentionKind Kind { get; init; }

    /// <summary>The printed number times its multiplier, in <see cref="Unit"/> (1.28亿元 → 128000000 元). Null for non-figures and ratios.</summary>
    public decimal? Value { get; init; }

    /// <summary>The printed numeral alone, normalised to ASCII digits and '.' (1.28 for 1.28亿元; 万 for 近万).</summary>
    public string Number { get; init; } = "";

    /// <summary>The unit without multiplier: 元, 吨, 公顷, 人次, %, ‰, 个百分点. Empty when there is none.</summary>
    public string Unit { get; init; } = "";

    /// <summary>The power-of-ten multiplier printed with the number (万 → 10000, 亿 → 100000000), 1 when none.</summary>
    public decimal Multiplier { get; init; } = 1m;

    public Dimension Dimension { get; init; } = Dimension.None;

    /// <summary>The qualifier words as printed (余, 近, 以上…), in order, joined by nothing; empty when unqualified.</summary>
    public string Qualifier { get; init; } = "";

    /// <summary>Whether <see cref="Unit"/> is not printed with the number but read from the words before it (预算收入236万 → 元).</summary>
    public bool UnitInferred { get; init; }

    /// <summary>Decimals printed after the point (1.28 → 2, 1234 → 0). The rounding interval is half a unit of the last printed place times the multiplier.</summary>
    public int Decimals { get; init; }

    /// <summary>-1 when the text states a fall (下降, 减少, 降低) rather than a rise; <see cref="Value"/> stays as printed.</summary>
    public int Sign { get; init; } = 1;

    public Role Role { get; init; } = Role.Level;


    /// <summary>For a growth rate or share: the <see cref="Id"/> of the level it qualifies.</summary>
    public int? LinkedTo { get; init; }

    /// <summary>The year the figure refers to (2022), or null when the text does not say.</summary>
    public int? Period { get; init; }

    /// <summary>Whether two figures may be of one period: equal years, or one without a year of its own (it belongs to the report's year).</summary>
    public bool MayShareThePeriodOf(Mention other) => Period is null || other.Period is null || Period == other.Period;

    public Basis Basis { get; init; } = Basis.Unknown;

    /// <summary>The words that say what is counted (固定资产投资), or empty.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The section headings above the mention, joined by " / ".</summary>
    public string Section { get; init; } = "";

    /// <summary>The span of the sentence holding the mention.</summary>
    public required TextSpan Sentence { get; init; }

    public bool IsFigure => Kind.IsFigure();
}
