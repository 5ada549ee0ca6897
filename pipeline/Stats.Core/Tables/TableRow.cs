using Microsoft.Data.Analysis;

namespace Stats.Core.Tables;

/// <summary>One row of a loaded table, read by the columns its layout declares.</summary>
public readonly struct TableRow(DataFrame frame, long index)
{
    public string Text<T>(TableColumn<T> column) => (string?)frame.Columns[column.Name][index] ?? "";

    public int? Int<T>(TableColumn<T> column) => (int?)frame.Columns[column.Name][index];

    public decimal? Decimal<T>(TableColumn<T> column) => (decimal?)frame.Columns[column.Name][index];

    /// <summary>A list of mention ids written as "3;7;12".</summary>
    public IReadOnlyList<int> Ids<T>(TableColumn<T> column) =>
        Text(column).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}
