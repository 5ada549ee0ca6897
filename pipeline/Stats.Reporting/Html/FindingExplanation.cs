using Stats.Core.Findings;

namespace Stats.Reporting.Html;

/// <summary>A plain-language lead for a finding, in English with the report's Chinese terms, placed before the check's own message.</summary>
public static class FindingExplanation
{
    public static string Lead(Finding f) => CheckKind.Of(f.Kind).Lead(f.Status);
}
