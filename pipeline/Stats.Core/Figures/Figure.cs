using System.Globalization;
using Stats.Core.Extraction;
using Stats.Core.Intervals;

namespace Stats.Core.Figures;

/// <summary>
/// A figure as a set of possible true values: an interval in <see cref="Unit"/> that honours the printed rounding and
/// any qualifier. A hypothesis replaces <see cref="Value"/> and <see cref="Unit"/> with <c>with</c>.
/// </summary>
public sealed record Figure
{
    private readonly Interval value = Interval.Everything;
    private readonly Interval printed = Interval.Everything;
    private readonly string unit = "";
    private readonly string text = "";

    public Figure(Interval value, string unit, string text, Interval? printed = null)
    {
        Value = value;
        Unit = unit;
        Text = text;
        Printed = printed ?? value;
    }

    /// <summary>Every value the figure can stand for, qualifier included.</summary>
    public Interval Value { get => value; init => this.value = value ?? throw new ArgumentNullException(nameof(Value)); }

    /// <summary>The values the printed number stands for by rounding alone, ignoring any qualifier (3.5万亩以上 → [34500, 35500)).</summary>
    public Interval Printed { get => printed; init => printed = value ?? throw new ArgumentNullException(nameof(Printed)); }

    /// <summary>The unit without multiplier (元, 吨, 公顷, %); empty for a pure number.</summary>
    public string Unit { get => unit; init => unit = value ?? throw new ArgumentNullException(nameof(Unit)); }

    /// <summary>The figure as printed (1.28亿元), used as evidence.</summary>
    public string Text
    {
        get => text;
        init => text = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A figure needs its printed text.", nameof(Text)) : value;
    }

    /// <summary>The id of the mention it was read from, or null for a figure made up as a hypothesis.</summary>
    public int? MentionId { get; init; }

    /// <summary>A short English label (from the figure catalogue), or empty.</summary>
    public string Label { get; init; } = "";

    /// <summary>
    /// Reads a figure mention: value × multiplier in the mention's unit, widened by half a unit of the last printed place
    /// (1.28亿元 → [127500000, 128500000) 元) and then by its qualifier words (<see cref="Qualifier"/>).
    /// </summary>
    public static Figure FromMention(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (!mention.IsFigure) throw new ArgumentException($"'{mention.Text}' is a {mention.Kind.Name()}, not a figure.", nameof(mention));
        if (mention.Value is not { } value) throw new ArgumentException($"'{mention.Text}' has no single value (a ratio?).", nameof(mention));
        var number = ReadNumber(mention, value);
        var printed = IsExactCount(mention) ? Interval.Point(value) : number?.Rounding ?? Interval.Point(value);
        var qualified = QualifierRanges.Apply(QualifierWords.Parse(mention.Qualifier), printed, value, number?.Step ?? StepOf(value));
        if (IsNonNegative(mention) && qualified.Intersect(Interval.AtLeast(0m)) is { } nonNegative) qualified = nonNegative;
        return new Figure(qualified, mention.Unit, mention.Text, printed) { MentionId = mention.Id };
    }

    private static PrintedNumber? ReadNumber(Mention mention, decimal value)
    {
        if (mention.Multiplier <= 0m || mention.Decimals is < 0 or > 20) return null;
        if (!decimal.TryParse(mention.Number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var numeral)) return null;
        // A decline may be printed as a positive numeral with a negative value (下降2.3% → -2.3).
        if (numeral != 0m && Math.Sign(numeral) != Math.Sign(value)) numeral = -numeral;
        return new PrintedNumber(numeral, mention.Decimals, mention.Multiplier);
    }

    // A whole count printed without multiplier (9户, 120人) is exact: nobody rounds a count of households to the unit.
    private static bool IsExactCount(Mention mention) =>
        mention.Kind == MentionKind.Count && mention.Multiplier == 1m && mention.Decimals == 0;

    // Levels of money, quantities and counts cannot be negative, so 不足 and 以下 stop at zero.
    private static bool IsNonNegative(Mention mention) =>
        mention.Role == Role.Level && mention.Kind is MentionKind.Amount or MentionKind.Quantity or MentionKind.Count;

    private static decimal StepOf(decimal value) => new PrintedNumber(decimal.Truncate(value), 0, 1m).Step;
}
