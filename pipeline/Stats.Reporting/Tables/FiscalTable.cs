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
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "text", "subject", "value", "unit", "period", "basis", "growth_id", "growth_text", "growth", "base_period",
        "implied_base_value", "year_on_year",
    ];

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
        var n = revenue.Count;
        var id = new Int32DataFrameColumn("id", n);
        var text = new StringDataFrameColumn("text", n);
        var subject = new StringDataFrameColumn("subject", n);
        var value = new DecimalDataFrameColumn("value", n);
        var unit = new StringDataFrameColumn("unit", n);
        var period = new Int32DataFrameColumn("period", n);
        var basis = new StringDataFrameColumn("basis", n);
        var growthId = new Int32DataFrameColumn("growth_id", n);
        var growthText = new StringDataFrameColumn("growth_text", n);
        var growth = new DecimalDataFrameColumn("growth", n);
        var basePeriod = new Int32DataFrameColumn("base_period", n);
        var impliedBase = new DecimalDataFrameColumn("implied_base_value", n);
        var yearOnYear = new DecimalDataFrameColumn("year_on_year", n);
        for (var i = 0; i < n; i++)
        {
            var m = revenue[i];
            var g = GrowthOf(m, mentions);
            id[i] = m.Id;
            text[i] = m.Text;
            subject[i] = m.Subject;
            value[i] = DecimalText.Normalize(m.Value!.Value);
            unit[i] = m.Unit;
            period[i] = m.Period;
            basis[i] = m.Basis == Basis.Unknown ? "" : m.Basis.ToString().ToLowerInvariant();
            growthId[i] = g?.Growth.Id;
            growthText[i] = g?.Growth.Text ?? "";
            growth[i] = g is { } gg ? DecimalText.Normalize(gg.Percent) : null;
            basePeriod[i] = g is not null ? m.Period - 1 : null;
            impliedBase[i] = g is { } b && ImpliedBase(m.Value!.Value, b.Percent) is { } ib ? DecimalText.Normalize(ib) : null;
            yearOnYear[i] = m.Period is { } p && series[m.Subject].TryGet(p) is { HasValue: true } yoy
                ? DecimalText.Normalize(Math.Round(yoy.Value, 4, MidpointRounding.AwayFromZero))
                : null;
        }
        return new DataFrame(id, text, subject, value, unit, period, basis, growthId, growthText, growth, basePeriod, impliedBase, yearOnYear);
    }

    /// <summary>A figure's own period value, and the base-year value its growth rate implies.</summary>
    public static IEnumerable<(int Period, string Column, decimal Value)> PeriodValues(Mention m, IReadOnlyList<Mention> mentions)
    {
        if (m.Period is not { } p || m.Value is not { } v) yield break;
        yield return (p, m.Basis == Basis.Target ? PeriodFigures.Target : PeriodFigures.Actual, v);
        if (GrowthOf(m, mentions) is { } g && ImpliedBase(v, g.Percent) is { } b) yield return (p - 1, PeriodFigures.ImpliedBase, b);
    }
}
