using System.Globalization;

namespace Stats.Core.Extraction;

/// <summary>
/// The grammar of numbers written in Chinese numerals (一…九, 两, 〇/零, 十百千万亿): reads a run, splits a trailing
/// 万/亿 off as the multiplier, and values the rest. Runs that are not well-formed numbers (一一, 十四五) have no value.
/// </summary>
internal static class ChineseNumeral
{
    public const string Characters = "〇零一二两三四五六七八九十百千万亿";

    /// <summary>A run read at a position: the coefficient (value before multiplier), its digits and the multiplier word.</summary>
    public sealed record Reading(int Start, int End, string Run, decimal? Coefficient, string MultiplierWord, decimal Factor)
    {
        /// <summary>The run is a power-of-ten word alone (万 in 近万人次, 百 in 百余人).</summary>
        public bool IsBareMultiplier => Run is "万" or "亿" or "千" or "百" or "万亿" or "百万" or "千万";

        public decimal? Value => Coefficient is { } c ? Magnitude.Scale(c, Factor) : null;
    }

    public static bool IsNumeralChar(char c) => Characters.Contains(c, StringComparison.Ordinal);

    /// <summary>Reads the longest run of numeral characters at <paramref name="start"/>, stopping where a unit begins (三千克 is 三 千克).</summary>
    public static Reading Read(string text, int start)
    {
        var end = start;
        // Longer runs are never counts in prose; the cap keeps junk input cheap.
        while (end < text.Length && end - start < 16 && IsNumeralChar(text[end]) && (end == start || UnitVocabulary.Match(text, end) is null)) end++;
        var run = text[start..end];

        var multiplierWord = "";
        var factor = 1m;
        var coefficientRun = run;
        if (run is "万" or "亿" or "千" or "百" or "万亿" or "百万" or "千万")
        {
            multiplierWord = run;
            factor = run switch { "万" => 1e4m, "亿" => 1e8m, "千" => 1e3m, "百" => 1e2m, "万亿" => 1e12m, "百万" => 1e6m, _ => 1e7m };
            return new Reading(start, end, run, 1m, multiplierWord, factor);
        }
        foreach (var (word, f) in new[] { ("万亿", 1e12m), ("亿", 1e8m), ("万", 1e4m) })
        {
            if (run.Length > word.Length && run.EndsWith(word, StringComparison.Ordinal))
            {
                multiplierWord = word;
                factor = f;
                coefficientRun = run[..^word.Length];
                break;
            }
        }
        return new Reading(start, end, run, Evaluate(coefficientRun), multiplierWord, factor);
    }

    public static string Digits(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value of a well-formed numeral (一百零五 → 105, 两 → 2, 十 → 10), or null.</summary>
    public static decimal? Evaluate(string run)
    {
        if (run.Length == 0) return null;
        decimal result = 0, section = 0;
        var digit = -1;
        var previousDigit = -1;
        try
        {
            foreach (var c in run)
            {
                var d = DigitOf(c);
                if (d >= 0)
                {
                    // Two non-zero digits in a row (一一, 十四五) are a list or a name, not a number.
                    if (previousDigit > 0 && d > 0) return null;
                    if (d > 0) digit = d;
                    previousDigit = d;
                    continue;
                }
                previousDigit = -1;
                switch (c)
                {
                    case '十' or '百' or '千':
                        var unit = c switch { '十' => 10m, '百' => 100m, _ => 1000m };
                        if (digit < 0)
                        {
                            if (c != '十') return null;
                            digit = 1;
                        }
                        section += digit * unit;
                        digit = -1;
                        break;
                    case '万' or '亿':
                        if (digit > 0) section += digit;
                        digit = -1;
                        if (section == 0 && result == 0) return null;
                        result = c == '万' ? result + section * 10_000m : (result + section) * 100_000_000m;
                        section = 0;
                        break;
                    default:
                        return null;
                }
            }
            if (digit > 0) section += digit;
            var value = result + section;
            return value == 0 && !run.All(ch => ch is '〇' or '零') ? null : value;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static int DigitOf(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
