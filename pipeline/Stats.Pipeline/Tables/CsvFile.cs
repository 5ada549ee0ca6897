using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using Stats.Core.Tables;

namespace Stats.Pipeline.Tables;

/// <summary>
/// DataFrames to and from CSV bytes: UTF-8 without BOM, invariant culture, whatever the machine's culture. Decimals are
/// written in plain notation (<see cref="DecimalText"/>: the DataFrame's own writer prints 0.00001 as 1E-05, which it
/// cannot read back), and text cells a spreadsheet would run as formulas are neutralised on write and restored on load
/// (<see cref="SpreadsheetText"/>), here and nowhere else, so every reader gets back the text that was written. A file
/// written with a byte order mark (<see cref="WithBom"/>) reads the same.
/// </summary>
public static class CsvFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The UTF-8 byte order mark some spreadsheets (Excel on Chinese Windows) need to read a CSV as UTF-8.</summary>
    public static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes with a UTF-8 byte order mark in front, for spreadsheet users (stats … --csv-bom).</summary>
    public static byte[] WithBom(byte[] csv) => [.. Bom, .. csv];

    /// <summary>Whether two CSV files hold the same bytes, one of them perhaps with a byte order mark.</summary>
    public static bool SameTable(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => WithoutBom(a).SequenceEqual(WithoutBom(b));

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Bom) ? bytes[Bom.Length..] : bytes;

    public static byte[] ToBytes(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (!frame.Columns.All(c => c is StringDataFrameColumn or DecimalDataFrameColumn or Int32DataFrameColumn)) return ThroughSaveCsv(frame);
        // The tables hold only text, decimal and integer columns: written here cell by cell, as DataFrame.SaveCsv writes them
        // (a test holds the two to the same bytes), without copying the frame and boxing every cell.
        var columns = frame.Columns;
        return CsvCells.Table(columns.Select(c => c.Name).ToList(), checked((int)frame.Rows.Count), (csv, i, j) =>
        {
            switch (columns[j])
            {
                case StringDataFrameColumn texts: CsvCells.AppendText(csv, texts[i]); break;
                case DecimalDataFrameColumn decimals: CsvCells.AppendDecimal(csv, decimals[i]); break;
                case Int32DataFrameColumn integers: CsvCells.AppendInt(csv, integers[i]); break;
            }
        });
    }

    /// <summary>The CSV bytes as <see cref="DataFrame.SaveCsv(DataFrame, Stream, char, bool, Encoding, CultureInfo)"/> writes them, for any column type.</summary>
    public static byte[] ThroughSaveCsv(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        using var stream = new MemoryStream();
        DataFrame.SaveCsv(new DataFrame(frame.Columns.Select(AsWritten)), stream, ',', header: true, encoding: Utf8, cultureInfo: CultureInfo.InvariantCulture);
        return stream.ToArray();
    }

    public static DataFrame Load(string path, IReadOnlyList<(string Name, Type Type)> schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        DataFrame frame;
        using (var stream = File.OpenRead(path))
        {
            frame = DataFrame.LoadCsv(stream, ',', header: true, columnNames: schema.Select(c => c.Name).ToArray(),
                dataTypes: schema.Select(c => c.Type == typeof(decimal) ? typeof(string) : c.Type).ToArray(), encoding: Utf8, cultureInfo: CultureInfo.InvariantCulture);
        }
        return new DataFrame(frame.Columns.Select((column, i) => AsRead(column, schema[i].Type)));
    }

    private static DataFrameColumn AsWritten(DataFrameColumn column) => column switch
    {
        DecimalDataFrameColumn decimals => Strings(column.Name, column.Length, i => decimals[i] is { } d ? DecimalText.Format(d) : null),
        StringDataFrameColumn texts => Strings(column.Name, column.Length, i => texts[i] is { } s ? SpreadsheetText.Write(s) : null),
        _ => column,
    };

    private static DataFrameColumn AsRead(DataFrameColumn column, Type type)
    {
        if (column is not StringDataFrameColumn texts) return column;
        if (type == typeof(decimal))
        {
            var decimals = new DecimalDataFrameColumn(column.Name, column.Length);
            for (long i = 0; i < column.Length; i++) decimals[i] = texts[i] is { Length: > 0 } s ? DecimalText.Parse(s) : null;
            return decimals;
        }
        return Strings(column.Name, column.Length, i => texts[i] is { } s ? SpreadsheetText.Read(s) : null);
    }

    private static StringDataFrameColumn Strings(string name, long length, Func<long, string?> value)
    {
        var column = new StringDataFrameColumn(name, length);
        for (long i = 0; i < length; i++) column[i] = value(i);
        return column;
    }
}
