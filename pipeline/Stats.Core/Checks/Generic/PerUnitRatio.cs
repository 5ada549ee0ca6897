using Stats.Core.DataFiles;
using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A per-unit value worth computing when a sentence states both figures (yield = output / area), with the units to show it
/// in and the ids of the reference bands it must lie in. Loaded from data/reference/per-unit.yaml.
/// </summary>
public sealed record PerUnitRatio(string Id, string Label, FigurePattern Numerator, FigurePattern Denominator,
    IReadOnlyList<string> Show, string? FailBand, string? WarnBand)
{
    public static IReadOnlyList<PerUnitRatio> Parse(string yaml, string path)
    {
        var root = YamlRecord.Load(yaml, path);
        root.AllowOnly("per_unit");
        return root.Records("per_unit", required: true).Select(item =>
        {
            item.AllowOnly("id", "label", "numerator", "denominator", "show", "fail", "warn");
            var show = item.Words("show");
            if (show.Count == 0) throw item.Error("A per-unit value needs at least one unit in 'show'.");
            return new PerUnitRatio(item.Text("id"), item.Text("label"),
                FigurePattern.Parse(item.Record("numerator")),
                FigurePattern.Parse(item.Record("denominator")),
                show, item.OptionalText("fail"), item.OptionalText("warn"));
        }).ToList();
    }
}

/// <summary>Which figures may stand in a per-unit value: a dimension, optionally a unit, and words its subject may contain.</summary>
public sealed record FigurePattern(Dimension Dimension, string? Unit, IReadOnlyList<string> SubjectWords)
{
    public bool Matches(Mention m) =>
        m.Dimension == Dimension && (Unit is null || m.Unit == Unit) && (SubjectWords.Count == 0 || ContainsAny(m.Subject, SubjectWords));

    // A loop rather than Any with a closure: the per-unit check tries every level of a sentence against every pattern.
    private static bool ContainsAny(string subject, IReadOnlyList<string> words)
    {
        foreach (var w in words)
            if (subject.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    internal static FigurePattern Parse(YamlRecord r)
    {
        r.AllowOnly("dimension", "unit", "subject");
        var dimensionText = r.Text("dimension");
        if (!Enum.TryParse<Dimension>(dimensionText, ignoreCase: true, out var dimension))
            throw r.Error($"Unknown dimension '{dimensionText}'.");
        return new FigurePattern(dimension, r.OptionalText("unit"), r.Find("subject") is null ? [] : r.Words("subject"));
    }
}
