using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Checks.Generic;

/// <summary>The evidence column: mention texts exactly as printed, joined by " | ".</summary>
public static class Evidence
{
    public static string Of(IEnumerable<Mention> mentions) => string.Join(" | ", mentions.Select(m => m.Text));

    /// <summary>A generated rule id: the kind and the ids of the mentions involved (share:12:14).</summary>
    public static string RuleId(string kind, IEnumerable<Mention> mentions) => kind + ":" + string.Join(":", mentions.Select(m => m.Id));
}
