using System.Globalization;

namespace Stats.Core.Units;

/// <summary>
/// An exact conversion factor kept as a fraction, so that 1 亩 = 10000/15 m² converts hectares to mu by exactly 15
/// instead of through a rounded 666.67.
/// </summary>
public readonly record struct Rational
{
    public Rational(decimal numerator, decimal denominator)
    {
        if (numerator <= 0m) throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "A unit factor must be positive.");
        if (denominator <= 0m) throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A unit factor must be positive.");
        Numerator = numerator;
        Denominator = denominator;
    }

    public decimal Numerator { get; }

    public decimal Denominator { get; }

    public static Rational One { get; } = new(1m, 1m);

    public static Rational Of(decimal value) => new(value, 1m);

    public Rational Times(Rational other) => new(Numerator * other.Numerator, Denominator * other.Denominator);

    public Rational Over(Rational other) => new(Numerator * other.Denominator, Denominator * other.Numerator);

    /// <summary>Reads "0.5", "1000" or "10000/15" (invariant culture).</summary>
    public static Rational Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length is < 1 or > 2) throw new FormatException($"'{text}' is not a factor.");
        var numerator = ParsePositive(parts[0], text);
        var denominator = parts.Length == 2 ? ParsePositive(parts[1], text) : 1m;
        return new Rational(numerator, denominator);
    }

    public override string ToString() =>
        Denominator == 1m ? Intervals.Interval.Show(Numerator) : Intervals.Interval.Show(Numerator) + "/" + Intervals.Interval.Show(Denominator);

    private static decimal ParsePositive(string part, string whole) =>
        decimal.TryParse(part.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0m
            ? value
            : throw new FormatException($"'{whole}' is not a positive factor.");
}
