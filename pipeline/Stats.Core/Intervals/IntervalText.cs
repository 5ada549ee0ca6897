using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Core.Intervals;

/// <summary>Intervals written as text in outputs ("[98.45, 98.55)", "(-inf, 5]") and read back.</summary>
public static partial class IntervalText
{
    /// <summary>The interval with its ends rounded outward to <paramref name="significant"/> significant digits, so it still encloses the exact one.</summary>
    public static string Format(Interval? interval, int significant = 8) => interval is null ? "" : Outward(interval, significant).ToString();

    /// <summary>An enclosing interval whose ends have at most <paramref name="significant"/> significant digits; a moved end becomes closed.</summary>
    public static Interval Outward(Interval interval, int significant)
    {
        decimal? lower = interval.Lower, upper = interval.Upper;
        bool lowerClosed = interval.LowerClosed, upperClosed = interval.UpperClosed;
        if (lower is { } l && Round(l, significant, down: true) is var rl && rl != l) (lower, lowerClosed) = (rl, true);
        if (upper is { } u && Round(u, significant, down: false) is var ru && ru != u) (upper, upperClosed) = (ru, true);
        return Interval.Of(lower, lowerClosed, upper, upperClosed);
    }

    private static decimal Round(decimal value, int significant, bool down)
    {
        if (value == 0m) return 0m;
        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var decimals = significant - 1 - magnitude;
        if (decimals >= 28) return value;
        if (decimals >= 0)
            return Math.Round(value, decimals, down ? MidpointRounding.ToNegativeInfinity : MidpointRounding.ToPositiveInfinity);
        var scale = 1m;
        for (var i = 0; i < -decimals; i++) scale *= 10m;
        var steps = down ? decimal.Floor(value / scale) : decimal.Ceiling(value / scale);
        // Near decimal's limits the rounded end may not exist; the exact end still encloses the interval.
        return Math.Abs(steps) <= decimal.MaxValue / scale ? steps * scale : value;
    }

    public static Interval? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Pattern().Match(text.Trim());
        if (!m.Success) throw new FormatException($"'{text}' is not an interval such as [1, 2).");
        decimal? End(string s) => s is "-inf" or "+inf" ? null : decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        return Interval.Of(End(m.Groups[2].Value), m.Groups[1].Value == "[", End(m.Groups[3].Value), m.Groups[4].Value == "]");
    }

    [GeneratedRegex(@"^([\[(])\s*([-+]?[0-9.]+|-inf)\s*,\s*([-+]?[0-9.]+|\+inf)\s*([\])])$")]
    private static partial Regex Pattern();
}
