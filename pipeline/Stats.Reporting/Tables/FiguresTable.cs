using Microsoft.Data.Analysis;
using Stats.Core.Checks;
using Stats.Core.Extraction;
using Stats.Core.Intervals;
using Stats.Core.Tables;
using Stats.Reporting.Figures;

namespace Stats.Reporting.Tables;

/// <summary>figures.csv: every figure mention with its value, base-unit value, rounding interval, context, status and checks.</summary>
public static class FiguresTable
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "text", "kind", "value", "unit", "base_value", "base_unit", "interval", "period", "basis", "subject", "status", "checks",
    ];

    public static DataFrame Build(IReadOnlyList<Mention> mentions, IReadOnlyList<Finding> findings, UnitScale units)
    {
        var verdicts = FigureVerdict.Of(findings);
        var figures = mentions.Where(m => m.IsFigure).OrderBy(m => m.Span.Start).ThenBy(m => m.Id).ToList();
        var n = figures.Count;
        var id = new Int32DataFrameColumn("id", n);
        var text = new StringDataFrameColumn("text", n);
        var kind = new StringDataFrameColumn("kind", n);
        var value = new DecimalDataFrameColumn("value", n);
        var unit = new StringDataFrameColumn("unit", n);
        var baseValue = new DecimalDataFrameColumn("base_value", n);
        var baseUnit = new StringDataFrameColumn("base_unit", n);
        var interval = new StringDataFrameColumn("interval", n);
        var period = new Int32DataFrameColumn("period", n);
        var basis = new StringDataFrameColumn("basis", n);
        var subject = new StringDataFrameColumn("subject", n);
        var status = new StringDataFrameColumn("status", n);
        var checks = new StringDataFrameColumn("checks", n);
        for (var i = 0; i < n; i++)
        {
            var m = figures[i];
            var verdict = verdicts.GetValueOrDefault(m.Id, FigureVerdict.Unchecked);
            var target = units.For(m);
            id[i] = m.Id;
            text[i] = m.Text;
            kind[i] = m.Kind.Name();
            value[i] = m.Value is { } v ? DecimalText.Normalize(v) : null;
            unit[i] = m.Unit;
            baseValue[i] = m.Value is { } bv && target is not null ? DecimalText.Normalize(bv * target.Factor) : null;
            baseUnit[i] = target?.Name ?? "";
            interval[i] = IntervalText.Format(RoundingInterval.Of(m));
            period[i] = m.Period;
            basis[i] = m.Basis == Basis.Unknown ? "" : m.Basis.ToString().ToLowerInvariant();
            subject[i] = m.Subject;
            status[i] = verdict.StatusName;
            checks[i] = string.Join(";", verdict.Rules);
        }
        return new DataFrame(id, text, kind, value, unit, baseValue, baseUnit, interval, period, basis, subject, status, checks);
    }
}
