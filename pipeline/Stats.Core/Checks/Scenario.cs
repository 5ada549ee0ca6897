using Stats.Core.Extraction;
using Stats.Core.Figures;
using Stats.Core.Findings;

namespace Stats.Core.Checks;

/// <summary>
/// The figures as a hypothesis reads them: some mentions replaced, some growth rates taken at comparable prices, some lists
/// under 其中 taken as not exhaustive. <see cref="AsPrinted"/> changes nothing.
/// </summary>
public sealed record Scenario(IReadOnlyDictionary<int, Mention> Changed, IReadOnlySet<int> RealGrowth, IReadOnlySet<int> NotExhaustive)
{
    public static Scenario AsPrinted { get; } = new(new Dictionary<int, Mention>(), new HashSet<int>(), new HashSet<int>());

    /// <summary>The mentions with this scenario's replacements.</summary>
    public IReadOnlyList<Mention> Apply(IReadOnlyList<Mention> mentions) => Changed.Count == 0
        ? mentions
        : mentions.Select(m => Changed.TryGetValue(m.Id, out var changed) ? changed : m).ToList();

    /// <summary>The figure catalogue with this scenario's replacements, each figure keeping its label.</summary>
    public IReadOnlyDictionary<string, Figure> Apply(IReadOnlyDictionary<string, Figure> catalogue) => Changed.Count == 0
        ? catalogue
        : catalogue.ToDictionary(kv => kv.Key, kv => kv.Value.MentionId is { } id && Changed.TryGetValue(id, out var m)
            ? Figure.FromMention(m) with { Label = kv.Value.Label }
            : kv.Value);

    /// <summary>
    /// A rule's finding as this scenario reads it: real growth cannot be recomputed from nominal levels, so a rule resting on
    /// a rate assumed real says nothing.
    /// </summary>
    public Finding Qualify(Finding ruleFinding) =>
        ruleFinding.Mentions.Any(RealGrowth.Contains) && ruleFinding.Status is CheckStatus.Fail or CheckStatus.Warn
            ? ruleFinding with { Status = CheckStatus.NotEvaluable, Message = "Assuming growth at comparable prices, this cannot be recomputed from nominal levels." }
            : ruleFinding;
}
