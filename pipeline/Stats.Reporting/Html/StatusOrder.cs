using Stats.Core.Findings;

namespace Stats.Reporting.Html;

/// <summary>The order findings are presented in: what needs attention first.</summary>
public static class StatusOrder
{
    public static readonly IReadOnlyList<CheckStatus> Presentation =
        [CheckStatus.Fail, CheckStatus.Warn, CheckStatus.NotEvaluable, CheckStatus.Error, CheckStatus.Pass];

    public static int Of(CheckStatus status)
    {
        for (var i = 0; i < Presentation.Count; i++)
            if (Presentation[i] == status) return i;
        return Presentation.Count;
    }

    /// <summary>Failed first, then warn, not_evaluable, error, pass; the original order within each status (LINQ's OrderBy is stable).</summary>
    public static IReadOnlyList<Finding> Sort(IReadOnlyList<Finding> findings) => findings.OrderBy(f => Of(f.Status)).ToList();
}
