using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Reporting.Figures;

namespace Stats.Reporting.Agriculture;

/// <summary>
/// The crop figures of a report: areas and masses whose subject speaks of grain, sowing, area or output
/// (粮食/种植/面积/产量), each output paired with the area of its period, and the yields they imply as printed and under
/// each hypothesis that re-reads one of them.
/// </summary>
public sealed record CropFigures(IReadOnlyList<Mention> Areas, IReadOnlyList<Mention> Outputs, IReadOnlyList<YieldReading> Readings)
{
    private static readonly string[] SubjectWords = ["粮食", "种植", "面积", "产量"];

    public static bool IsCropFigure(Mention m) =>
        m.IsFigure && m.Value is not null && m.Role == Role.Level && m.Dimension is Dimension.Area or Dimension.Mass &&
        BaseUnit.For(m.Unit) is not null && SubjectWords.Any(w => m.Subject.Contains(w, StringComparison.Ordinal));

    /// <summary>An area in 亩, or null when its unit is unknown.</summary>
    // m² × 15 / 10000 rather than m² / (10000/15): the latter divides by a rounded repeating decimal.
    public static decimal? InMu(decimal value, string unit) =>
        unit == "亩" ? value : BaseUnit.Convert(value, unit) is { } m2 ? m2 * 15m / 10000m : null;

    public static CropFigures Of(IReadOnlyList<Mention> mentions, IReadOnlyList<Hypothesis> hypotheses)
    {
        var crops = mentions.Where(IsCropFigure).OrderBy(m => m.Span.Start).ThenBy(m => m.Id).ToList();
        var areas = crops.Where(m => m.Dimension == Dimension.Area).ToList();
        var outputs = crops.Where(m => m.Dimension == Dimension.Mass).ToList();
        var readings = new List<YieldReading>();
        foreach (var output in outputs)
        {
            if (AreaFor(output, areas) is not { } area) continue;
            var printed = new YieldReading
            {
                Reading = "printed",
                AreaId = area.Id,
                AreaText = area.Text,
                AreaMu = InMu(area.Value!.Value, area.Unit)!.Value,
                OutputId = output.Id,
                OutputText = output.Text,
                OutputKg = BaseUnit.Convert(output.Value!.Value, output.Unit)!.Value,
            };
            if (printed.AreaMu <= 0m) continue;
            readings.Add(printed);
            var relevant = hypotheses
                .Where(h => h.Mentions.Contains(area.Id) || h.Mentions.Contains(output.Id))
                .OrderBy(h => h.Rule, StringComparer.Ordinal).ThenBy(h => h.Rank);
            foreach (var h in relevant)
                if (Reread(printed, h) is { } reading) readings.Add(reading);
        }
        // Several failed checks often share a hypothesis (1234万斤 explains the yield and the province check): show each reading once.
        return new CropFigures(areas, outputs, readings.DistinctBy(r => (r.AreaId, r.OutputId, r.AreaText, r.OutputText)).ToList());
    }

    // The output's own sentence first, then the nearest area before it in the text, then any area; always the same period.
    private static Mention? AreaFor(Mention output, IReadOnlyList<Mention> areas)
    {
        var samePeriod = areas.Where(a => a.Period == output.Period).ToList();
        return samePeriod.FirstOrDefault(a => a.Sentence == output.Sentence && a.Span.Start < output.Span.Start)
            ?? samePeriod.LastOrDefault(a => a.Span.Start < output.Span.Start)
            ?? samePeriod.FirstOrDefault();
    }

    /// <summary>The reading under a hypothesis, or null when its reading of a figure is not a convertible quantity.</summary>
    private static YieldReading? Reread(YieldReading printed, Hypothesis h)
    {
        var parts = h.Reading.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length != h.Mentions.Count) return null;
        var reading = printed with { Reading = h.Reading, Rule = h.Rule, Rank = h.Rank };
        for (var i = 0; i < parts.Length; i++)
        {
            if (h.Mentions[i] != printed.AreaId && h.Mentions[i] != printed.OutputId) continue;
            if (PrintedQuantity.Parse(parts[i]) is not { } q) return null;
            if (h.Mentions[i] == printed.AreaId)
            {
                if (InMu(q.Value, q.Unit) is not { } mu || mu <= 0m || BaseUnit.For(q.Unit)?.Name != "m²") return null;
                reading = reading with { AreaText = parts[i], AreaMu = mu };
            }
            else
            {
                if (BaseUnit.For(q.Unit) is not { Name: "kg" } b) return null;
                reading = reading with { OutputText = parts[i], OutputKg = q.Value * b.Factor };
            }
        }
        return reading;
    }
}
