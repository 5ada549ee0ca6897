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

    /// <summary>The finding of a check that broke: the run goes on, and the error is recorded against the check.</summary>
    public static Finding Broken(string kind, Exception e) => new()
    {
        Rule = kind,
        Kind = kind,
        Severity = Severity.Error,
        Status = CheckStatus.Error,
        Message = $"The {kind} check stopped with {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}",
        Origin = FindingOrigin.Generic,
        Label = kind,
    };

    /// <summary>
    /// The finding of a stated percent against numerator / denominator · 100: judged, or not evaluable with
    /// <paramref name="whenZero"/> when the denominator may be zero; <paramref name="message"/> words the computed percent.
    /// </summary>
    public static Finding StatedPercent(this Finding finding, CheckInput input, Mention numerator, Mention denominator, Interval stated,
        string whenZero, Func<Interval, bool, string> message)
    {
        if (Interval.Divide(input.IntervalOf(numerator), input.IntervalOf(denominator)).Value is not { } quotient)
            return finding with { Status = CheckStatus.NotEvaluable, Message = whenZero };
        var computed = quotient * 100m;
        var holds = computed.Meets(stated);
        return finding.Judged(stated, computed, holds, "%") with { Message = message(computed, holds) };
    }

    /// <summary>
    /// The finding judged: what was expected and what the figures give, in <paramref name="unit"/> (the unit both are in: a
    /// base unit such as 元, or % for rates, whose gap is then in percentage points); a failure carries the gap between them.
    /// </summary>
    /// <summary>
    /// The finding holds <paramref name="observed"/> to at most the upper end of <paramref name="bound"/>: its expected range
    /// is (−∞, upper]; <paramref name="message"/> is told whether it holds.
    /// </summary>
    public static Finding AtMost(this Finding finding, Interval bound, Interval observed, string unit, Func<bool, string> message)
    {
        var range = Interval.Of(null, false, bound.Upper, bound.UpperClosed);
        var holds = observed.Meets(range);
        return finding.Judged(range, observed, holds, unit) with { Message = message(holds) };
    }

    public static Finding Judged(this Finding finding, Interval expected, Interval observed, bool holds, string unit) => finding with
    {
        Status = holds ? CheckStatus.Pass : CheckStatus.Fail,
        Expected = expected,
        Observed = observed,
        Margin = holds ? 0m : observed.Gap(expected),
        Unit = unit,
    };
}
