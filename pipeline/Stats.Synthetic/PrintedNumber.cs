using System.Globalization;

namespace Stats.Synthetic;

/// <summary>How a report prints a value: rounded half away from zero (a printed x.5 stands for [x.45, x.55)), invariant culture.</summary>
internal static class PrintedNumber
{
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static string Format(decimal value, int decimals) =>
        Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static decimal Parse(string numeral) => decimal.Parse(numeral, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static int DecimalsOf(string numeral) => numeral.IndexOf('.') is var dot and >= 0 ? numeral.Length - dot - 1 : 0;

    /// <summary>Half a unit of the last printed place: the rounding a printed numeral allows either side.</summary>
    public static decimal HalfUnit(int decimals)
    {
        var half = 0.5m;
        for (var i = 0; i < decimals; i++) half /= 10m;
        return half;
    }

    /// <summary>Whether <paramref name="exact"/> lies strictly inside what the printed numeral stands for, with a hair to spare.</summary>
    public static bool Covers(string numeral, decimal exact)
    {
        var centre = Parse(numeral);
        var half = HalfUnit(DecimalsOf(numeral));
        return Math.Abs(exact - centre) < half * 0.999m;
    }
}
