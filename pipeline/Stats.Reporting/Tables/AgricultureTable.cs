using Stats.Core.References;
using Microsoft.Data.Analysis;
using Stats.Core.Extraction;
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
    public static readonly IReadOnlyList<string> Columns =
    [
        "reading", "rule", "rank", "period", "area_id", "area_text", "area_mu", "area_ha", "output_id", "output_text", "output_kg",
        "output_t", "yield_kg_per_mu", "yield_t_per_ha", "plausibility",
    ];

    public static DataFrame Build(CropFigures crops, IReadOnlyList<Mention> mentions, PlausibilityBands band, UnitScale units)
    {
        var byId = mentions.ToDictionary(m => m.Id);
        var paired = crops.Readings.SelectMany(r => new[] { r.AreaId, r.OutputId }).ToHashSet();
        var single = crops.Areas.Concat(crops.Outputs).Where(m => !paired.Contains(m.Id)).OrderBy(m => m.Span.Start).ToList();
        var n = crops.Readings.Count + single.Count;
        var reading = new StringDataFrameColumn("reading", n);
        var rule = new StringDataFrameColumn("rule", n);
        var rank = new Int32DataFrameColumn("rank", n);
        var period = new Int32DataFrameColumn("period", n);
        var areaId = new Int32DataFrameColumn("area_id", n);
        var areaText = new StringDataFrameColumn("area_text", n);
        var areaMu = new DecimalDataFrameColumn("area_mu", n);
        var areaHa = new DecimalDataFrameColumn("area_ha", n);
        var outputId = new Int32DataFrameColumn("output_id", n);
        var outputText = new StringDataFrameColumn("output_text", n);
        var outputKg = new DecimalDataFrameColumn("output_kg", n);
        var outputT = new DecimalDataFrameColumn("output_t", n);
        var yieldMu = new DecimalDataFrameColumn("yield_kg_per_mu", n);
        var yieldHa = new DecimalDataFrameColumn("yield_t_per_ha", n);
        var plausibility = new StringDataFrameColumn("plausibility", n);
        static decimal Tidy(decimal v) => DecimalText.Normalize(Math.Round(v, 4, MidpointRounding.AwayFromZero));
        var i = 0;
        foreach (var r in crops.Readings)
        {
            reading[i] = r.Reading;
            rule[i] = r.Rule;
            rank[i] = r.Rank;
            period[i] = byId[r.OutputId].Period;
            areaId[i] = r.AreaId;
            areaText[i] = r.AreaText;
            areaMu[i] = Tidy(r.AreaMu);
            areaHa[i] = Tidy(r.AreaHectares);
            outputId[i] = r.OutputId;
            outputText[i] = r.OutputText;
            outputKg[i] = Tidy(r.OutputKg);
            outputT[i] = Tidy(r.OutputTonnes);
            yieldMu[i] = DecimalText.Normalize(r.YieldKgPerMu);
            yieldHa[i] = DecimalText.Normalize(r.YieldTonnesPerHectare);
            plausibility[i] = band.Judge(r.YieldKgPerMu).ToString().ToLowerInvariant();
            i++;
        }
        foreach (var m in single)
        {
            reading[i] = "printed";
            rule[i] = "";
            plausibility[i] = "";
            period[i] = m.Period;
            if (m.Dimension == Dimension.Area)
            {
                var mu = units.ToMu(m.Value!.Value, m.Unit)!.Value;
                areaId[i] = m.Id;
                areaText[i] = m.Text;
                areaMu[i] = Tidy(mu);
                areaHa[i] = Tidy(units.Convert(mu, "亩", "公顷"));
                outputText[i] = "";
            }
            else
            {
                var kg = units.ToBase(m.Value!.Value, m.Unit)!.Value;
                outputId[i] = m.Id;
                outputText[i] = m.Text;
                outputKg[i] = Tidy(kg);
                outputT[i] = Tidy(units.Convert(kg, "kg", "吨"));
                areaText[i] = "";
            }
            i++;
        }
        return new DataFrame(reading, rule, rank, period, areaId, areaText, areaMu, areaHa, outputId, outputText, outputKg, outputT, yieldMu, yieldHa, plausibility);
    }
}
