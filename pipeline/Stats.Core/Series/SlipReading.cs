using System.Globalization;
using Stats.Core.Extraction;
using Stats.Core.Intervals;

namespace Stats.Core.Series;

/// <summary>
/// Whether an earlier report's printed level is a slip rather than a revision: the same digits with the point moved (a tenfold
/// or ten-thousandfold gap: 万 for 亿, a misplaced point), or one digit typed wrong or two swapped, that would agree with what
/// the later report implies. Revisions move a figure by a little; they do not keep its digits and change its magnitude.
/// </summary>
public static class SlipReading
{
    /// <summary>
    /// How far a point-moved figure may lie from what the later report implies: the later report's own figures may have been
    /// revised too, and a gap of a power of ten with the same digits is no coincidence. A one-digit change must fall within
    /// rounding, since one changed digit of a long number lands near many revised values.
    /// </summary>
    private const decimal ShiftTolerance = 0.005m;

    /// <summary>
    /// How far a one-digit reading must move the printed figure for the slip to be named a failure: closer, the same gap is as
    /// well a revision (a restated base moves a figure by a percent or two), so the link warns and names the reading as possible.
    /// </summary>
    public const decimal TypoGap = 0.05m;

    /// <summary>The reading ("decimal shift: 14362.12万件 → 1436.212万件") that makes <paramref name="printed"/> agree with <paramref name="implied"/> (in base units), or "".</summary>
    public static string Of(Mention printed, Interval implied) => Find(printed, implied).Text;

    /// <summary>The reading and whether it is decisive (a moved point, or a typo that moves the figure by at least <see cref="TypoGap"/>).</summary>
    public static (string Text, bool Decisive) Find(Mention printed, Interval implied)
    {
        if (printed.Value is not { } value || value == 0m || !implied.IsBounded) return ("", false);
        var suffix = Suffix(printed.Text);
        var widened = Interval.Closed(implied.Lower!.Value * (1m - ShiftTolerance), implied.Upper!.Value * (1m + ShiftTolerance));
        foreach (var k in new[] { -1, 1, -2, 2, -3, 3, -4, 4 })
        {
            var shifted = value * Pow10(k);
            if (widened.Contains(shifted))
                return ($"decimal shift: {printed.Text} → {Format(decimal.Parse(printed.Number, CultureInfo.InvariantCulture) * Pow10(k))}{suffix} (×{Format(Pow10(k))})", true);
        }
        var digits = printed.Number;
        if (!digits.All(c => char.IsAsciiDigit(c) || c == '.')) return ("", false);
        foreach (var candidate in Typos(digits))
        {
            var v = decimal.Parse(candidate, CultureInfo.InvariantCulture) * printed.Multiplier;
            if (implied.Contains(v))
                return ($"digit typo: {printed.Text} → {candidate}{suffix}", Math.Abs(v - value) >= TypoGap * Math.Abs(value));
        }
        return ("", false);
    }

    private static IEnumerable<string> Typos(string digits)
    {
        for (var i = 0; i < digits.Length; i++)
        {
            if (digits[i] == '.') continue;
            for (var d = '0'; d <= '9'; d++)
                if (d != digits[i] && !(i == 0 && d == '0')) yield return digits[..i] + d + digits[(i + 1)..];
            if (i + 1 < digits.Length && digits[i + 1] != '.' && digits[i + 1] != digits[i])
                yield return digits[..i] + digits[i + 1] + digits[i] + digits[(i + 2)..];
        }
    }

    private static string Suffix(string text)
    {
        var last = text.LastIndexOfAny("0123456789０１２３４５６７８９".ToCharArray());
        return last < 0 ? text : text[(last + 1)..].Trim();
    }

    private static decimal Pow10(int k) => k >= 0 ? Enumerable.Repeat(10m, k).Aggregate(1m, (a, b) => a * b) : 1m / Enumerable.Repeat(10m, -k).Aggregate(1m, (a, b) => a * b);

    private static string Format(decimal d) => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
