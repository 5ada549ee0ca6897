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

    /// <summary>
    /// A table's CSV as DataFrame.SaveCsv lays it out: the header of <paramref name="names"/>, then <paramref name="rows"/>
    /// rows, each cell written by <paramref name="appendCell"/> (the builder, the row, the column), separated by commas.
    /// </summary>
    public static byte[] Table(IReadOnlyList<string> names, int rows, Action<StringBuilder, int, int> appendCell)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(appendCell);
        // Sized for about sixteen characters a cell, so that the text is not copied chunk by chunk as it grows.
        var csv = new StringBuilder(16 * names.Count * (rows + 1));
        for (var j = 0; j < names.Count; j++)
        {
            if (j > 0) csv.Append(',');
            AppendRaw(csv, names[j]);
        }
        csv.Append(NewLine);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < names.Count; j++)
            {
                if (j > 0) csv.Append(',');
                appendCell(csv, i, j);
            }
            csv.Append(NewLine);
        }
        return Utf8.GetBytes(csv.ToString());
    }

    /// <summary>A cell of a text, decimal or integer column, given as its boxed value (null: an empty cell).</summary>
    public static void AppendValue(StringBuilder csv, object? value)
    {
        switch (value)
        {
            case string text: AppendText(csv, text); break;
            case decimal number: AppendDecimal(csv, number); break;
            case int number: AppendInt(csv, number); break;
        }
    }

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
}
