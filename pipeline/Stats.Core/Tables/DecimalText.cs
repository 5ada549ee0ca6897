using System.Globalization;

namespace Stats.Core.Tables;

/// <summary>Decimals as written in outputs: invariant culture, no trailing zeros, no exponent.</summary>
public static class DecimalText
{
    /// <summary>The same value with its scale reduced to the fewest digits (1.2800 → 1.28), so it prints without trailing zeros.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>
    /// A derived value (a conversion, an implied base) as a person reads it: 12 significant digits, never the 28 of a
    /// repeating decimal (80 亩 in m² is 53333.3333333, not 53333.333333333333333333333334).
    /// </summary>
    public static decimal Derived(decimal value) => Normalize(Significant(value, 12));

    /// <summary>A gap between intervals as outputs write it: 8 significant digits, since it measures, not bounds.</summary>
    public static decimal Margin(decimal gap) => Normalize(Significant(gap, 8));

    /// <summary>The value rounded half away from zero to <paramref name="digits"/> significant digits (for gaps and scores, not bounds).</summary>
    public static decimal Significant(decimal value, int digits)
    {
        if (value == 0m) return 0m;
        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var decimals = digits - 1 - magnitude;
        return decimals switch
        {
            >= 28 => value,
            >= 0 => Math.Round(value, decimals, MidpointRounding.AwayFromZero),
            // Near decimal's limits the rounded value may not exist; the value itself is then kept.
            _ when Math.Round(value / Pow10(-decimals), MidpointRounding.AwayFromZero) is var steps && Math.Abs(steps) <= decimal.MaxValue / Pow10(-decimals)
                => steps * Pow10(-decimals),
            _ => value,
        };
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++) result *= 10m;
        return result;
    }

    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal? value) => value is { } v ? Format(v) : "";

    /// <summary>Reads what <see cref="Format(decimal)"/> wrote (plain notation, invariant culture).</summary>
    public static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
