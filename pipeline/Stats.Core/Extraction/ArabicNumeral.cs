using System.Globalization;
using System.Text;

namespace Stats.Core.Extraction;

/// <summary>
/// The grammar of numbers printed in digits: ASCII or full-width digits, thousands separators (',' always;
/// '，' or ', ' (a space after the comma) only when the grouping is exact and the number visibly goes on into a decimal point,
/// multiplier or unit, so that a list "1，234，5" is not read as one number), and '.', '．' or a middle dot '·' as the decimal point.
/// </summary>
internal static class ArabicNumeral
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static char Ascii(char c) => c <= '9' ? c : (char)('0' + (c - '０'));

    private static bool IsDecimalPoint(char c) => c is '.' or '．' or '·' or '・';

    private static bool IsSeparator(char c) => c is ',' or '，';

    /// <summary>Reads the numeral starting at <paramref name="start"/>, which must be a digit.</summary>
    public static Numeral Read(string text, int start)
    {
        var n = text.Length;
        var end = start;
        while (end < n && IsDigit(text[end])) end++;

        if (end - start <= 3)
        {
            var groupsEnd = end;
            var sawWideComma = false;
            while (groupsEnd < n && IsSeparator(text[groupsEnd]))
            {
                if (IsGroupOfThree(text, groupsEnd + 1))
                {
                    sawWideComma |= text[groupsEnd] == '，';
                    groupsEnd += 4;
                }
                // A page's text layer may space a group off (3,594, 026万元): read on only into a unit or multiplier.
                else if (text[groupsEnd] == ',' && groupsEnd + 1 < n && text[groupsEnd + 1] == ' ' && IsGroupOfThree(text, groupsEnd + 2))
                {
                    sawWideComma = true;
                    groupsEnd += 5;
                }
                else break;
            }
            if (groupsEnd > end && (!sawWideComma || NumberGoesOn(text, groupsEnd))) end = groupsEnd;
        }

        var decimals = 0;
        if (end + 1 < n && IsDecimalPoint(text[end]) && IsDigit(text[end + 1]))
        {
            var fractionStart = end + 1;
            end = fractionStart;
            while (end < n && IsDigit(text[end])) end++;
            decimals = end - fractionStart;
        }

        var digits = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsDigit(c)) digits.Append(Ascii(c));
            else if (IsDecimalPoint(c)) digits.Append('.');
        }
        var normalised = digits.ToString();
        decimal? value = decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return new Numeral(start, end, normalised, value, decimals, IsChinese: false);
    }

    private static bool IsGroupOfThree(string text, int at) =>
        at + 3 <= text.Length && IsDigit(text[at]) && IsDigit(text[at + 1]) && IsDigit(text[at + 2])
        && (at + 3 == text.Length || !IsDigit(text[at + 3]));

    private static bool NumberGoesOn(string text, int at)
    {
        if (at >= text.Length) return false;
        var c = text[at];
        return IsDecimalPoint(c)
            || MultiplierVocabulary.Match(text, at) is not null
            || UnitVocabulary.Match(text, at) is not null
            || QualifierVocabulary.MatchAt(text, at, QualifierVocabulary.Inside) is not null;
    }
}
