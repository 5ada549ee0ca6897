using Microsoft.Data.Analysis;
using Stats.Core.Extraction;
using Stats.Core.References;
using Stats.Core.Tables;
using Stats.Reporting.Agriculture;
using Stats.Reporting.Figures;

namespace Stats.Reporting.Tables;

/// <summary>
/// agriculture.csv: crop areas and outputs, and the yield each output implies on its period's area (kg/亩 and t/ha), as
/// printed and under every hypothesis that re-reads one of them; areas and outputs without a partner get a row of their own.
/// </summary>
public static class AgricultureTable
{
    // One row: a yield reading (area and output together), or an area or an output with no partner.
    private sealed record Row(string Reading, string Rule, int? Rank, int? Period, int? AreaId, string AreaText, decimal? AreaMu,
        decimal? AreaHa, int? OutputId, string OutputText, decimal? OutputKg, decimal? OutputT, decimal? YieldMu, decimal? YieldHa, string Plausibility);

    private static readonly TableLayout<Row> Layout = new(
        TableColumn<Row>.Text("reading", r => r.Reading),
        TableColumn<Row>.Text("rule", r => r.Rule),
        TableColumn<Row>.Int("rank", r => r.Rank),
        TableColumn<Row>.Int("period", r => r.Period),
        TableColumn<Row>.Int("area_id", r => r.AreaId),
        TableColumn<Row>.Text("area_text", r => r.AreaText),
        TableColumn<Row>.Decimal("area_mu", r => r.AreaMu),
        TableColumn<Row>.Decimal("area_ha", r => r.AreaHa),
        TableColumn<Row>.Int("output_id", r => r.OutputId),
        TableColumn<Row>.Text("output_text", r => r.OutputText),
        TableColumn<Row>.Decimal("output_kg", r => r.OutputKg),
        TableColumn<Row>.Decimal("output_t", r => r.OutputT),
        TableColumn<Row>.Decimal("yield_kg_per_mu", r => r.YieldMu),
        TableColumn<Row>.Decimal("yield_t_per_ha", r => r.YieldHa),
        TableColumn<Row>.Text("plausibility", r => r.Plausibility));

    /// <summary>The columns of agriculture.csv, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = Layout.Schema.Select(c => c.Name).ToList();

    public static DataFrame Build(CropFigures crops, IReadOnlyList<Mention> mentions, PlausibilityBands band, UnitScale units)
    {
        var byId = mentions.ToDictionary(m => m.Id);
        var paired = crops.Readings.SelectMany(r => new[] { r.AreaId, r.OutputId }).ToHashSet();
        var single = crops.Areas.Concat(crops.Outputs).Where(m => !paired.Contains(m.Id)).OrderBy(m => m.Span.Start).ToList();
        static decimal Tidy(decimal v) => DecimalText.Normalize(Math.Round(v, 4, MidpointRounding.AwayFromZero));
        var rows = crops.Readings.Select(r => new Row(r.Reading, r.Rule, r.Rank, byId[r.OutputId].Period, r.AreaId, r.AreaText,
            Tidy(r.AreaMu), Tidy(r.AreaHectares), r.OutputId, r.OutputText, Tidy(r.OutputKg), Tidy(r.OutputTonnes),
            DecimalText.Normalize(r.YieldKgPerMu), DecimalText.Normalize(r.YieldTonnesPerHectare),
            band.Judge(r.YieldKgPerMu).ToString().ToLowerInvariant())).ToList();
        foreach (var m in single)
        {
            if (m.Dimension == Dimension.Area)
            {
                var mu = units.ToMu(m.Value!.Value, m.Unit)!.Value;
                rows.Add(new Row("printed", "", null, m.Period, m.Id, m.Text, Tidy(mu), Tidy(units.Convert(mu, "亩", "公顷")), null, "", null, null, null, null, ""));
            }
            else
            {
                var kg = units.ToBase(m.Value!.Value, m.Unit)!.Value;
                rows.Add(new Row("printed", "", null, m.Period, null, "", null, null, m.Id, m.Text, Tidy(kg), Tidy(units.Convert(kg, "kg", "吨")), null, null, ""));
            }
        }
        return Layout.ToDataFrame(rows);
    }
}
