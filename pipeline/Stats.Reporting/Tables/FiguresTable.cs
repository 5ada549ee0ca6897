using Microsoft.Data.Analysis;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;
using Stats.Reporting.Figures;

namespace Stats.Reporting.Tables;

/// <summary>figures.csv: every figure mention with its value, base-unit value, rounding interval, context, status and checks.</summary>
public static class FiguresTable
{
    private sealed record Row(Mention Figure, FigureVerdict Verdict, BaseUnit? Base);

    private static readonly TableLayout<Row> Layout = new(
        TableColumn<Row>.Int("id", r => r.Figure.Id),
        TableColumn<Row>.Text("text", r => r.Figure.Text),
        TableColumn<Row>.Text("kind", r => r.Figure.Kind.Name()),
        TableColumn<Row>.Decimal("value", r => r.Figure.Value is { } v ? DecimalText.Normalize(v) : null),
        TableColumn<Row>.Text("unit", r => r.Figure.Unit),
        TableColumn<Row>.Decimal("base_value", r => r.Figure.Value is { } v && r.Base is not null ? DecimalText.Derived(v * r.Base.Factor) : null),
        TableColumn<Row>.Text("base_unit", r => r.Base?.Name ?? ""),
        TableColumn<Row>.Text("interval", r => IntervalText.Format(RoundingInterval.Of(r.Figure))),
        TableColumn<Row>.Int("period", r => r.Figure.Period),
        TableColumn<Row>.Text("basis", r => r.Figure.Basis == Basis.Unknown ? "" : r.Figure.Basis.ToString().ToLowerInvariant()),
        TableColumn<Row>.Text("subject", r => r.Figure.Subject),
        TableColumn<Row>.Text("status", r => r.Verdict.StatusName),
        TableColumn<Row>.Text("checks", r => string.Join(";", r.Verdict.Rules)));

    /// <summary>The columns of figures.csv, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = Layout.Schema.Select(c => c.Name).ToList();

    public static DataFrame Build(IReadOnlyList<Mention> mentions, IReadOnlyList<Finding> findings, UnitScale units)
    {
        var verdicts = FigureVerdict.Of(findings);
        var rows = mentions.Where(m => m.IsFigure).OrderBy(m => m.Span.Start).ThenBy(m => m.Id)
            .Select(m => new Row(m, verdicts.GetValueOrDefault(m.Id, FigureVerdict.Unchecked), units.For(m)))
            .ToList();
        return Layout.ToDataFrame(rows);
    }
}
