using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>
/// One candidate explanation of a failed check: a figure (or two) read differently, and what re-running every rule under
/// that reading gives. A suggestion only: the data are never changed.
/// </summary>
public sealed record Hypothesis
{
    /// <summary>The failed rule it explains.</summary>
    public required string Rule { get; init; }

    /// <summary>The mention ids of the figures it changes (one, or two for a pair).</summary>
    public required IReadOnlyList<int> Mentions { get; init; }

    /// <summary>The figures as printed, joined by " | ".</summary>
    public required string Original { get; init; }

    /// <summary>The figures as the hypothesis reads them (1234万斤), joined by " | ".</summary>
    public required string Reading { get; init; }

    /// <summary>The same readings as quantities, one per changed mention in the order of <see cref="Mentions"/>.</summary>
    public required IReadOnlyList<FigureReading> Readings { get; init; }

    /// <summary>The family: unit, typo, decimal, basis.</summary>
    public required string Kind { get; init; }

    /// <summary>Failed checks that pass under the hypothesis.</summary>
    public required int ChecksFixed { get; init; }

    /// <summary>Passing checks that fail under the hypothesis.</summary>
    public required int ChecksBroken { get; init; }

    /// <summary>Higher is likelier: fixed minus broken first, then plausibility, then the size of the change.</summary>
    public required decimal Score { get; init; }

    /// <summary>1 for the best hypothesis of its rule.</summary>
    public required int Rank { get; init; }

    /// <summary>One English sentence stating the resulting numbers.</summary>
    public required string Explanation { get; init; }
}
