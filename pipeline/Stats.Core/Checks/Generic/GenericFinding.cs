using Stats.Core.Extraction;

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
        Source = "auto",
        Label = label,
    };
}
