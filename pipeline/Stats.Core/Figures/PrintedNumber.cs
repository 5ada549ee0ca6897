using System.Globalization;
using Stats.Core.Intervals;

namespace Stats.Core.Figures;

/// <summary>A number as printed (the numeral, its decimals and its power-of-ten multiplier) and the values it can stand for.</summary>
public sealed record PrintedNumber
{
    public PrintedNumber(decimal numeral, int decimals, decimal multiplier)
    {
        if (decimals is < 0 or > 20) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be within 0..20.");
        if (multiplier <= 0m) throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "A multiplier must be positive.");
        Numeral = numeral;
        Decimals = decimals;
        Multiplier = multiplier;
    }

    /// <summary>The printed numeral alone (1.28 for 1.28亿元).</summary>
    public decimal Numeral { get; }

    public int Decimals { get; }

    public decimal Multiplier { get; }

    /// <summary>The numeral times the multiplier.</summary>
    public decimal Value => Numeral * Multiplier;

    /// <summary>Every value that rounds to the print: half a unit of the last printed place, times the multiplier.</summary>
    public Interval Rounding => Interval.Rounded(Numeral, Decimals, Multiplier);

    /// <summary>
    /// The unit of the last significant printed digit, times the multiplier: 2000 → 1000, 38 → 1, 1.5 → 0.1, 100 → 100.
    /// Printed decimals are all significant (1.50 → 0.01); trailing zeros of an integer are not.
    /// </summary>
    public decimal Step
    {
        get
        {
            if (Decimals > 0) return Interval.Rounded(0m, Decimals).Width!.Value * Multiplier;
            var integer = Math.Abs(decimal.Truncate(Numeral));
            var step = 1m;
            while (integer != 0m && integer % 10m == 0m)
            {
                integer /= 10m;
                step *= 10m;
            }
            return step * Multiplier;
        }
    }

    /// <summary>Reads an ASCII numeral ("1.28", "-3") in invariant culture; null when the numeral is not digits (万 in 近万).</summary>
    public static PrintedNumber? TryParse(string numeral, decimal multiplier)
    {
        if (!decimal.TryParse(numeral, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        var point = numeral.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : numeral.Length - point - 1;
        return decimals > 20 || multiplier <= 0m ? null : new PrintedNumber(value, decimals, multiplier);
    }
}
