using System.Globalization;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>A printed numeral ("1234", "4177.5") as digits and a decimal-point position, for typo and shift readings.</summary>
public sealed record NumeralText(string Digits, int PointIndex)
{
    /// <summary>Parses a normalised numeral (ASCII digits and at most one '.').</summary>
    public static NumeralText? Parse(string number)
    {
        if (number.Length == 0 || number.Count(c => c == '.') > 1 || number.Any(c => c != '.' && !char.IsAsciiDigit(c))) return null;
        var point = number.IndexOf('.');
        var digits = number.Replace(".", "", StringComparison.Ordinal);
        return digits.Length == 0 ? null : new NumeralText(digits, point < 0 ? digits.Length : point);
    }

    public int Decimals => Digits.Length - PointIndex;

    public override string ToString()
    {
        var integer = Digits[..PointIndex].TrimStart('0');
        var fraction = Digits[PointIndex..];
        if (integer.Length == 0) integer = "0";
        return fraction.Length == 0 ? integer : integer + "." + fraction;
    }

    public decimal Value => decimal.Parse(ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
