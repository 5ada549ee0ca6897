using Microsoft.Data.Analysis;
using Stats.Core.Extraction;
using Stats.Core.Tables;

namespace Stats.Reporting.Tables;

/// <summary>
/// fiscal.csv: the revenue figures (money whose subject contains 收入) with period and basis, the linked growth rate, the
/// base-year value that rate implies (value / (1 + g)), and the year-on-year change within the subject's period series.
/// </summary>
public static class FiscalTable
{
    private sealed record Row(Mention Level, (Mention Growth, decimal Percent)? Growth, decimal? YearOnYear);

    private static readonly TableLayout<Row> Layout = new(
        TableColumn<Row>.Int("id", r => r.Level.Id),
        TableColumn<Row>.Text("text", r => r.Level.Text),
        TableColumn<Row>.Text("subject", r => r.Level.Subject),
        TableColumn<Row>.Decimal("value", r => DecimalText.Normalize(r.Level.Value!.Value)),
        TableColumn<Row>.Text("unit", r => r.Level.Unit),
        TableColumn<Row>.Int("period", r => r.Level.Period),
        TableColumn<Row>.Text("basis", r => r.Level.Basis == Basis.Unknown ? "" : r.Level.Basis.ToString().ToLowerInvariant()),
        TableColumn<Row>.Int("growth_id", r => r.Growth?.Growth.Id),
        TableColumn<Row>.Text("growth_text", r => r.Growth?.Growth.Text ?? ""),
        TableColumn<Row>.Decimal("growth", r => r.Growth is { } g ? DecimalText.Normalize(g.Percent) : null),
        TableColumn<Row>.Int("base_period", r => r.Growth is not null ? r.Level.Period - 1 : null),
        TableColumn<Row>.Decimal("implied_base_value", r => r.Growth is { } g && ImpliedBase(r.Level.Value!.Value, g.Percent) is { } b ? DecimalText.Derived(b) : null),
        TableColumn<Row>.Decimal("year_on_year", r => r.YearOnYear));

    /// <summary>The columns of fiscal.csv, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = Layout.Schema.Select(c => c.Name).ToList();

    public static bool IsRevenue(Mention m) =>
        m.IsFigure && m.Dimension == Dimension.Money && m.Value is not null && m.Role == Role.Level && m.Subject.Contains("收入", StringComparison.Ordinal);

    /// <summary>The growth rate linked to a level, signed (a 下降 of 3% is −3).</summary>
    public static (Mention Growth, decimal Percent)? GrowthOf(Mention level, IReadOnlyList<Mention> mentions) =>
        mentions.FirstOrDefault(g => g.LinkedTo == level.Id && g.Role == Role.Growth && g.Kind == MentionKind.Percent && g.Value is not null) is { } growth
            ? (growth, growth.Value!.Value * growth.Sign)
            : null;

    /// <summary>value / (1 + g/100), rounded to the fen: the decimal division's tail is far below any printed precision.</summary>
    public static decimal? ImpliedBase(decimal value, decimal growthPercent) =>
        growthPercent <= -100m ? null : Math.Round(value / (1m + growthPercent / 100m), 2, MidpointRounding.AwayFromZero);

    public static DataFrame Build(IReadOnlyList<Mention> mentions)
    {
        var revenue = mentions.Where(IsRevenue).OrderBy(m => m.Span.Start).ThenBy(m => m.Id).ToList();
        var series = revenue
            .GroupBy(m => m.Subject)
            .ToDictionary(g => g.Key, g => PeriodFigures.Of(g.SelectMany(m => PeriodValues(m, mentions))).YearOnYear());
        var rows = revenue.Select(m => new Row(m, GrowthOf(m, mentions),
            m.Period is { } p && series[m.Subject].TryGet(p) is { HasValue: true } yoy
                ? DecimalText.Normalize(Math.Round(yoy.Value, 4, MidpointRounding.AwayFromZero))
                : null)).ToList();
        return Layout.ToDataFrame(rows);
    }

    /// <summary>A figure's own period value, and the base-year value its growth rate implies.</summary>
    public static IEnumerable<(int Period, string Column, decimal Value)> PeriodValues(Mention m, IReadOnlyList<Mention> mentions)
    {
        if (m.Period is not { } p || m.Value is not { } v) yield break;
        yield return (p, m.Basis == Basis.Target ? PeriodFigures.Target : PeriodFigures.Actual, v);
        if (GrowthOf(m, mentions) is { } g && ImpliedBase(v, g.Percent) is { } b) yield return (p - 1, PeriodFigures.ImpliedBase, b);
    }
}
