using System.Text.RegularExpressions;

namespace Stats.Core.Tables;

/// <summary>
/// A text cell as the hand-over CSVs hold it: a cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or
/// carriage return) is written after a single quote, as spreadsheet-safe writers do, and a cell already starting with a quote
/// gets one more, so that <see cref="Read"/> gives back exactly the text <see cref="Write"/> was given. A plain number such
/// as -2.3 or +5% is no formula and is written as it is.
/// </summary>
public static partial class SpreadsheetText
{
    /// <summary>The quote that marks a neutralised cell.</summary>
    public const char Quote = '\'';

    public static string Write(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;
        var first = text[0];
        var risky = first is Quote or '=' or '@' or '\t' or '\r' || (first is '+' or '-' && !PlainNumber().IsMatch(text));
        return risky ? Quote + text : text;
    }

    public static string Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] == Quote ? text[1..] : text;
    }

    [GeneratedRegex(@"^[+-][0-9]+(\.[0-9]+)?%?$")]
    private static partial Regex PlainNumber();
}
