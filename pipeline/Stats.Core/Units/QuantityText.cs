namespace Stats.Core.Units;

/// <summary>How findings print a value with its unit: CJK units and % follow the number, Latin units after a space.</summary>
public static class QuantityText
{
    /// <summary>A decimal rounded to <paramref name="significantDigits"/> significant digits, invariant and without trailing zeros.</summary>
    public static string Approximately(decimal value, int significantDigits = 6)
    {
        if (value == 0m) return "0";
        var digits = 0;
        for (var m = Math.Abs(value); m >= 1m; m /= 10m) digits++;
        for (var m = Math.Abs(value); m < 0.1m; m *= 10m) digits--;
        return Intervals.Interval.Show(Math.Round(value, Math.Clamp(significantDigits - digits, 0, 20), MidpointRounding.AwayFromZero));
    }

    public static string WithUnit(string number, string unit) =>
        unit.Length == 0 ? number : char.IsAsciiLetter(unit[0]) ? number + " " + unit : number + unit;
}
