using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Percentages held to the range their definition allows (<see cref="RangeLimits"/>): a share or a coverage rate between 0
/// and 100%, a decrease of a level that cannot be negative at most 100%. The word nearest before a percentage in its clause
/// decides; the members of a list (分别为 a%、b% 和 c%) share the first member's word.
/// </summary>
public sealed class LimitCheck(RangeLimits limits) : IGenericCheck
{
    public string Kind => CheckKind.Limit.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        Mention? previous = null;
        RangeLimit? previousLimit = null;
        foreach (var m in input.Figures)
        {
            if (m.Kind != MentionKind.Percent) continue;
            var lead = input.WordsBefore(m.Span.Start);
            var limit = lead.Length == 0 && previous is not null && ContinuesList(text, previous, m) ? previousLimit : limits.Nearest(lead);
            (previous, previousLimit) = (m, limit);
            if (limit is null || !Applies(limit, m) || (limit.Id == "decrease" && AboutSigned(text, m))) continue;
            var range = Interval.Closed(limit.Low, limit.High);
            var observed = input.IntervalOf(m);
            var holds = observed.Meets(range);
            var what = limit.Id == "decrease" ? $"The decrease {m.Text}" : m.Text;
            yield return GenericFinding.About(Kind, [m], limit.Label).Judged(range, observed, holds, "%") with
            {
                Message = $"{what} = {IntervalText.Format(observed)}% lies {(holds ? "within" : "outside")} {IntervalText.Format(range)}%: {limit.Label}.",
            };
        }
    }

    // Profits and balances may turn negative and fall by more than 100%: a decrease in a sentence about them (利润总额居前
    // 10位的行业有：…下降 291.3%; 利润亏损 1.52亿元，比上年下降 114.7%) is held to nothing.
    private static readonly string[] SignedWords = ["利润", "亏损", "利税", "结余", "盈余", "赤字", "差额"];

    private static bool AboutSigned(string text, Mention m)
    {
        var start = ClauseText.SentenceStart(text, m.Span.Start);
        return SignedWords.Any(w => text.AsSpan(start, m.Span.Start - start).Contains(w, StringComparison.Ordinal));
    }

    // A decrease limit holds a falling rate; the other limits hold levels, shares and rates, never a change.
    private static bool Applies(RangeLimit limit, Mention m) =>
        limit.Id == "decrease" ? m.Role == Role.Growth && m.Sign < 0 : m.Role != Role.Growth;

    /// <summary>Whether only list punctuation (、 和 及 与) stands between two percentages of one sentence.</summary>
    private static bool ContinuesList(string text, Mention previous, Mention m)
    {
        if (previous.Span.End > m.Span.Start || previous.Sentence.Start != m.Sentence.Start) return false;
        for (var i = previous.Span.End; i < m.Span.Start; i++)
            if (text[i] is not ('、' or '和' or '及' or '与' or ' ' or '\u3000')) return false;
        return true;
    }
}
