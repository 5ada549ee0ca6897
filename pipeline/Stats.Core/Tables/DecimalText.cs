using System.Globalization;

namespace Stats.Core.Tables;

/// <summary>Decimals as written in outputs: invariant culture, no trailing zeros, no exponent.</summary>
public static class DecimalText
{
    /// <summary>The same value with its scale reduced to the fewest digits (1.2800 → 1.28), so it prints without trailing zeros.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal? value) => value is { } v ? Format(v) : "";
}
