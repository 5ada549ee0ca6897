using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Where a report's text opens lists under 其中: each marker with its depth in parentheses, and the text's lines as table
/// rows. The text alone decides them, so a report's inputs under every diagnosis scenario share one reading.
/// </summary>
internal sealed class BreakdownMarkers
{
    public const string Marker = "其中";

    public BreakdownMarkers(string text)
    {
        var at = new List<int>();
        for (var i = text.IndexOf(Marker, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Marker, i + Marker.Length, StringComparison.Ordinal))
            at.Add(i);
        At = at;
        Depths = ClauseText.Depths(text, at);
        TableRows = TableRowsOf(text);
    }

    /// <summary>Where each 其中 starts, in text order.</summary>
    public IReadOnlyList<int> At { get; }

    /// <summary>How deep in parentheses each 其中 lies within its sentence, by position.</summary>
    public IReadOnlyDictionary<int, int> Depths { get; }

    /// <summary>The lines of the text, each marked as a table row (cells split by |) and as opening with 其中.</summary>
    public IReadOnlyList<TableRow> TableRows { get; }

    public sealed record TableRow(int Start, int End, bool Table, bool Qizhong);

    private static List<TableRow> TableRowsOf(string text)
    {
        var rows = new List<TableRow>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            var table = line.Contains('|');
            // A row may open with its border (| 其中:第一产业 | …).
            rows.Add(new TableRow(start, end, table, table && line.TrimStart().TrimStart('|').TrimStart().StartsWith(Marker, StringComparison.Ordinal)));
            start = end + 1;
        }
        return rows;
    }
}
