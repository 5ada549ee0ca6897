using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace Stats.Pipeline.Tables;

/// <summary>DataFrames to and from CSV bytes: UTF-8 without BOM, invariant culture, whatever the machine's culture.</summary>
public static class CsvFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static byte[] ToBytes(DataFrame frame)
    {
        using var stream = new MemoryStream();
        DataFrame.SaveCsv(frame, stream, ',', header: true, encoding: Utf8, cultureInfo: CultureInfo.InvariantCulture);
        return stream.ToArray();
    }

    public static DataFrame Load(string path, IReadOnlyList<(string Name, Type Type)> schema)
    {
        using var stream = File.OpenRead(path);
        return DataFrame.LoadCsv(stream, ',', header: true, columnNames: schema.Select(c => c.Name).ToArray(),
            dataTypes: schema.Select(c => c.Type).ToArray(), encoding: Utf8, cultureInfo: CultureInfo.InvariantCulture);
    }
}
