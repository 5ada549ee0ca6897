using System.Globalization;
using System.Text;

namespace Stats.Core.Tables;

/// <summary>
/// The cells of a hand-over table's CSV as DataFrame.SaveCsv writes them (text neutralised against spreadsheet formulas by
/// <see cref="SpreadsheetText"/>, decimals in plain notation by <see cref="DecimalText"/>), so that a table written from
/// its rows (<see cref="TableLayout{T}.ToCsv"/>) and one written from its DataFrame have the same bytes.
/// </summary>
public static class CsvCells
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The line ending DataFrame.SaveCsv writes.</summary>
    public static readonly string NewLine = Environment.NewLine;

    public static void AppendText(StringBuilder csv, string? text)
    {
        if (text is not null) AppendRaw(csv, SpreadsheetText.Write(text));
    }

    public static void AppendDecimal(StringBuilder csv, decimal? value)
    {
        if (value is { } d) AppendRaw(csv, DecimalText.Format(d));
    }

    public static void AppendInt(StringBuilder csv, int? value)
    {
        if (value is { } n) csv.Append(n.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A cell as it stands: quoted, with its quotes doubled, when it holds the separator, a line feed or a quote.</summary>
    public static void AppendRaw(StringBuilder csv, string cell)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.AsSpan().IndexOfAny(',', '\n', '"') < 0)
        {
            csv.Append(cell);
            return;
        }
        csv.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>The table's text as UTF-8 without a byte order mark.</summary>
    public static byte[] Bytes(StringBuilder csv) => Utf8.GetBytes(csv.ToString());
}
