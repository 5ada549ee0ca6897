using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>
/// A figure read differently from how it is printed: the mention as it would be under the hypothesis, the family of the
/// change (unit, typo, decimal, basis), how it reads (1234万斤), and its cost — small changes are likelier than large ones.
/// </summary>
public sealed record Reading(Mention Original, Mention Changed, string Kind, string Text, decimal Cost)
{
    /// <summary>A basis assumption changes how checks treat a figure rather than its value.</summary>
    public Assumption Assumption { get; init; } = Assumption.None;
}

/// <summary>An assumption about what a figure means, under which some checks do not apply.</summary>
public enum Assumption
{
    None,
    /// <summary>A growth rate at comparable prices (real growth): it cannot be recomputed from nominal levels.</summary>
    RealGrowth,
    /// <summary>A list under 其中 that is not exhaustive: its parts need not add up to the total.</summary>
    NotExhaustive,
}
