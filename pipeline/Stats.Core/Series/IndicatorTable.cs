using Microsoft.Data.Analysis;
using Stats.Core.Tables;
using Stats.Core.Text;

namespace Stats.Core.Series;

/// <summary>series/&lt;place&gt;/indicators.csv: every level a report of the series prints, with where it is printed and whether a link uses it.</summary>
public static class IndicatorTable
{
    private sealed record Row(PrintedLevel L, bool Linked);

    private static readonly TableColumn<Row> Place = TableColumn<Row>.Text("place", r => r.L.Report.Place);
    private static readonly TableColumn<Row> Indicator = TableColumn<Row>.Text("indicator", r => r.L.Indicator);
    private static readonly TableColumn<Row> Period = TableColumn<Row>.Int("period", r => r.L.Period);
    private static readonly TableColumn<Row> Role = TableColumn<Row>.Text("role", r => EnumText.Of(r.L.Role));
    private static readonly TableColumn<Row> Value = TableColumn<Row>.Decimal("value", r => r.L.Level.Value is { } v ? DecimalText.Normalize(v) : null);
    private static readonly TableColumn<Row> Unit = TableColumn<Row>.Text("unit", r => r.L.Level.Unit);
    private static readonly TableColumn<Row> Printed = TableColumn<Row>.Text("printed", r => r.L.Level.Text);
    private static readonly TableColumn<Row> Growth = TableColumn<Row>.Text("stated_growth", r => string.Join(" ", r.L.Growths.Select(g => (g.Sign < 0 ? "-" : "") + g.Rate.Text)));
    private static readonly TableColumn<Row> Report = TableColumn<Row>.Text("report", r => r.L.Report.Name);
    private static readonly TableColumn<Row> Mention = TableColumn<Row>.Int("mention", r => r.L.Level.Id);
    private static readonly TableColumn<Row> Line = TableColumn<Row>.Int("line", r => r.L.Report.Text.Position(r.L.Level.Span.Start).Line);
    private static readonly TableColumn<Row> Linked = TableColumn<Row>.Text("linked", r => r.Linked ? "true" : "");
    private static readonly TableColumn<Row> Quote = TableColumn<Row>.Text("quote", r => r.L.Quote);

    private static readonly TableLayout<Row> Layout = new(Place, Indicator, Period, Role, Value, Unit, Printed, Growth, Report, Mention, Line, Linked, Quote);

    public static IReadOnlyList<(string Name, Type Type)> Schema => Layout.Schema;

    /// <summary>The levels in the order of the series: by indicator, period, report and position.</summary>
    public static DataFrame ToDataFrame(IReadOnlyList<PrintedLevel> levels, IReadOnlyList<CrossYearLink> links)
    {
        var linked = links.SelectMany(l => new[] { l.Earlier, l.Later }).ToHashSet();
        return Layout.ToDataFrame(SeriesOrder.Of(levels).Select(l => new Row(l, linked.Contains(l))).ToList());
    }
}
