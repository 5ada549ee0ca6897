namespace Stats.Synthetic;

/// <summary>The typist's slips: one digit struck for another, or two adjacent digits swapped.</summary>
internal static class DigitTypo
{
    public static string? Apply(string numeral, SeededRandom random)
    {
        var digits = new List<int>();
        for (var i = 0; i < numeral.Length; i++)
            if (char.IsAsciiDigit(numeral[i])) digits.Add(i);
        if (random.Chance(0.3) && Transpose(numeral, digits, random) is { } swapped) return swapped;
        for (var attempt = 0; attempt < 8; attempt++)
            if (Substitute(numeral, digits, random) is { } struck) return struck;
        return null;
    }

    private static string? Substitute(string numeral, IReadOnlyList<int> digits, SeededRandom random)
    {
        var chars = numeral.ToCharArray();
        var at = random.Pick(digits);
        chars[at] = (char)('0' + (chars[at] - '0' + random.Int(1, 10)) % 10);
        return Plausible(chars);
    }

    private static string? Transpose(string numeral, IReadOnlyList<int> digits, SeededRandom random)
    {
        var pairs = Enumerable.Range(0, digits.Count - 1).Where(k => numeral[digits[k]] != numeral[digits[k + 1]]).ToList();
        if (pairs.Count == 0) return null;
        var p = random.Pick(pairs);
        var chars = numeral.ToCharArray();
        (chars[digits[p]], chars[digits[p + 1]]) = (chars[digits[p + 1]], chars[digits[p]]);
        return Plausible(chars);
    }

    // A leading zero (0512) would read as an odd-looking figure, not as a typo anyone makes.
    private static string? Plausible(char[] chars) =>
        chars[0] == '0' && chars.Length > 1 && chars[1] != '.' ? null : new string(chars);
}
