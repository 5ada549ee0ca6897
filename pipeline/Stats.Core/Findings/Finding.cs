using Stats.Core.Intervals;

namespace Stats.Core.Findings;

/// <summary>The result of one rule evaluation: what was compared, what came out, and where the rule came from.</summary>
public sealed record Finding
{
    /// <summary>The rule's id (from rules.yaml), or a generated id for generic checks (share:12:14).</summary>
    public required string Rule { get; init; }

    /// <summary>The family of check: rule, share, parts, granularity, growth, units, per_unit, ratio, plausibility.</summary>
    public required string Kind { get; init; }

    public required Severity Severity { get; init; }

    public required CheckStatus Status { get; init; }

    /// <summary>The ids of the mentions involved, in the order of the evidence.</summary>
    public IReadOnlyList<int> Mentions { get; init; } = [];

    /// <summary>The mention texts involved, exactly as printed, joined by " | ".</summary>
    public string Evidence { get; init; } = "";

    /// <summary>What the rule expects (e.g. the stated share), as an interval.</summary>
    public Interval? Expected { get; init; }

    /// <summary>What the figures give (e.g. the computed share), as an interval.</summary>
    public Interval? Observed { get; init; }

    /// <summary>The gap between expected and observed when they miss; 0 when they meet.</summary>
    public decimal? Margin { get; init; }

    /// <summary>One English sentence with the arithmetic.</summary>
    public required string Message { get; init; }

    /// <summary>The report's rule (with its <c>file:line</c>) or the generic check the finding comes from.</summary>
    public required FindingOrigin Origin { get; init; }

    /// <summary>A short human label for the rule.</summary>
    public string Label { get; init; } = "";

    /// <summary>
    /// The generic checks that compared the same figures by the same relation and came to the same status: one finding
    /// with the report rule's label and source, the generic check named as corroborating it (<see cref="FindingMerge"/>).
    /// </summary>
    public IReadOnlyList<string> CorroboratedBy { get; init; } = [];

    /// <summary>
    /// The unit <see cref="Expected"/> and <see cref="Observed"/> are in (元, kg/亩, % for rates); empty when the check names
    /// none (a rule without a unit, a not-evaluable finding).
    /// </summary>
    public string Unit { get; init; } = "";

    /// <summary>The unit of <see cref="Margin"/>: a gap between two rates is in percentage points.</summary>
    public string MarginUnit => Unit == "%" ? "percentage points" : Unit;

    /// <summary>A message as a sentence: its first letter capitalised (rule wordings start with the words of a figure).</summary>
    public static string Capitalised(string message)
    {
        for (var i = 0; i < message.Length; i++)
        {
            if (char.IsAsciiLetterLower(message[i])) return string.Concat(message.AsSpan(0, i), char.ToUpperInvariant(message[i]).ToString(), message.AsSpan(i + 1));
            if (message[i] != '(') break;
        }
        return message;
    }
}
