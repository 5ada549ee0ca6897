namespace Stats.Core.Intervals;

/// <summary>
/// The outcome of dividing intervals, as a value: the quotient, or the reason there is none (a divisor that contains or
/// touches zero). Checks turn a missing quotient into a <c>not_evaluable</c> finding; no division throws for it.
/// </summary>
public sealed record Quotient
{
    private Quotient(Interval? value, string reason) => (Value, Reason) = (value, reason);

    /// <summary>The quotient; null when there is none.</summary>
    public Interval? Value { get; }

    /// <summary>Why there is no quotient ("cannot divide by [0, 0.5), which contains or touches zero"); empty when there is one.</summary>
    public string Reason { get; }

    public bool IsEvaluable => Value is not null;

    public static Quotient Of(Interval value) => new(value, "");

    public static Quotient DivisorTouchesZero(Interval divisor) => new(null, $"cannot divide by {divisor}, which contains or touches zero");

    /// <summary>The quotient transformed (× 100, − 1), or this one when there is none.</summary>
    public Quotient Map(Func<Interval, Interval> map) => Value is { } v ? Of(map(v)) : this;

    /// <summary>The quotient divided again, or this one when there is none.</summary>
    public Quotient Then(Func<Interval, Quotient> next) => Value is { } v ? next(v) : this;
}
