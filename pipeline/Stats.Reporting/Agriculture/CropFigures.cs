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

    public static bool IsCropFigure(Mention m, UnitScale units) =>
        m.IsFigure && m.Value is not null && m.Role == Role.Level && m.Dimension is Dimension.Area or Dimension.Mass &&
        units.For(m) is not null && SubjectWords.Any(w => m.Subject.Contains(w, StringComparison.Ordinal));

    public static CropFigures Of(IReadOnlyList<Mention> mentions, IReadOnlyList<Hypothesis> hypotheses, UnitScale units)
    {
        var crops = mentions.Where(m => IsCropFigure(m, units)).OrderBy(m => m.Span.Start).ThenBy(m => m.Id).ToList();
        var areas = crops.Where(m => m.Dimension == Dimension.Area).ToList();
        var outputs = crops.Where(m => m.Dimension == Dimension.Mass).ToList();
        var readings = new List<YieldReading>();
        foreach (var output in outputs)
        {
            if (AreaFor(output, areas) is not { } area) continue;
            var printed = Converted(new YieldReading
            {
                Reading = "printed",
                AreaId = area.Id,
                AreaText = area.Text,
                AreaMu = units.ToMu(area.Value!.Value, area.Unit)!.Value,
                AreaHectares = 0m,
                OutputId = output.Id,
                OutputText = output.Text,
                OutputKg = units.ToBase(output.Value!.Value, output.Unit)!.Value,
                OutputTonnes = 0m,
            }, units);
            if (printed.AreaMu <= 0m) continue;
            readings.Add(printed);
            var relevant = hypotheses
                .Where(h => h.Mentions.Contains(area.Id) || h.Mentions.Contains(output.Id))
                .OrderBy(h => h.Rule, StringComparer.Ordinal).ThenBy(h => h.Rank);
            foreach (var h in relevant)
                if (Reread(printed, h, units) is { } reading) readings.Add(reading);
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

    /// <summary>
    /// The reading under a hypothesis, from its structured readings (value and unit per changed mention), or null when it
    /// changes a basis rather than a value, or reads a figure as something that is not a convertible quantity.
    /// </summary>
    private static YieldReading? Reread(YieldReading printed, Hypothesis h, UnitScale units)
    {
        var texts = h.Reading.Split('|', StringSplitOptions.TrimEntries);
        if (texts.Length != h.Readings.Count || h.Kind.Split('+').Contains(ReadingKind.Basis)) return null;
        var reading = printed with { Reading = h.Reading, Rule = h.Rule, Rank = h.Rank };
        for (var i = 0; i < h.Readings.Count; i++)
        {
            var r = h.Readings[i];
            if (r.Mention != printed.AreaId && r.Mention != printed.OutputId) continue;
            if (r.Value is not { } value) return null;
            if (r.Mention == printed.AreaId)
            {
                if (units.ToMu(value, r.Unit) is not { } mu || mu <= 0m) return null;
                reading = reading with { AreaText = texts[i], AreaMu = mu };
            }
            else
            {
                if (units.For(r.Unit) is not { Name: "kg" } b) return null;
                reading = reading with { OutputText = texts[i], OutputKg = value * b.Factor };
            }
        }
        return Converted(reading, units);
    }

    /// <summary>The reading with its area in 公顷 and its output in 吨, from its area in 亩 and output in kg.</summary>
    private static YieldReading Converted(YieldReading r, UnitScale units) =>
        r with { AreaHectares = units.Convert(r.AreaMu, "亩", "公顷"), OutputTonnes = units.Convert(r.OutputKg, "kg", "吨") };
}
