using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Core.Checks.Generic;

/// <summary>The finding a generic check starts from: its id, kind, evidence and label filled in, passing until the check decides.</summary>
public static class GenericFinding
{
    public static Finding About(string kind, IReadOnlyList<Mention> evidence, string label, Severity severity = Severity.Error) => new()
    {
        Rule = Evidence.RuleId(kind, evidence),
        Kind = kind,
        Severity = severity,
        Status = CheckStatus.Pass,
        Mentions = evidence.Select(m => m.Id).ToList(),
        Evidence = Evidence.Of(evidence),
        Message = "",
        Origin = FindingOrigin.Generic,
        Label = label,
    };

    /// <summary>The finding judged: what was expected and what the figures give; a failure carries the gap between them.</summary>
    public static Finding Judged(this Finding finding, Interval expected, Interval observed, bool holds) => finding with
    {
        Status = holds ? CheckStatus.Pass : CheckStatus.Fail,
        Expected = expected,
        Observed = observed,
        Margin = holds ? 0m : observed.Gap(expected),
    };
}
