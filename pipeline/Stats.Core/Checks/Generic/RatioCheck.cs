using System.Globalization;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Ratios such as 三次产业结构 18.0:48.6:33.4: printed as percentages they must add up to 100 within rounding, and where the
/// paragraph lists the parts' levels as an exhaustive breakdown, each term must match its part's share.
/// </summary>
public sealed class RatioCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    public string Kind => CheckKind.Ratio.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var breakdowns = input.Breakdowns(partitions).Where(b => b.IsExhaustive).ToList();
        foreach (var ratio in input.Mentions.Where(m => m.Kind == MentionKind.Ratio))
        {
            var terms = ratio.Number.Split(':').Select(t => decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? (decimal?)v : null).ToList();
            if (terms.Count < 2 || terms.Any(t => t is null)) continue;
            var intervals = ratio.Number.Split(':').Select(t => Interval.Rounded(decimal.Parse(t, CultureInfo.InvariantCulture), Decimals(t))).ToList();
            var sum = intervals.Aggregate((a, b) => a + b);
            var holds = sum.Meets(Interval.Point(100m));
            var finding = GenericFinding.About(Kind, [ratio], "the terms of a ratio of shares add up to 100").Judged(Interval.Point(100m), sum, holds, "%") with
            {
                Message = $"The terms of {ratio.Text} add up to {IntervalText.Format(sum)}, which {(holds ? "meets" : "misses")} 100.",
            };
            if (!sum.Meets(Interval.Closed(90m, 110m)))
            {
                yield return finding with { Status = CheckStatus.NotEvaluable, Margin = null, Message = $"The terms of {ratio.Text} add up to {IntervalText.Format(sum)}, so they are not percentages and need not add up to 100." };
                continue;
            }
            yield return finding;
            // A structure of an earlier period (由上年的 45.4:14.4:40.2 调整为…) is not matched with this period's levels.
            if (StatementWords.IsPreviousPeriod(input.WordsBefore(ratio.Span.Start))) continue;
            var parts = breakdowns.FirstOrDefault(b => b.Parts.Count == intervals.Count && SameParagraph(input, b.Total, ratio));
            if (parts is null) continue;
            var whole = parts.Parts.Select(input.IntervalOf).Aggregate((a, b) => a + b);
            for (var i = 0; i < intervals.Count; i++)
            {
                if (Interval.Divide(input.IntervalOf(parts.Parts[i]), whole).Value is not { } quotient)
                {
                    yield return GenericFinding.About(Kind, [ratio, .. parts.Parts], "each term of a ratio matches its part's share") with
                    {
                        Rule = Evidence.RuleId(Kind, [ratio, parts.Parts[i]]),
                        Status = CheckStatus.NotEvaluable,
                        Message = $"The parts of {ratio.Text} may add up to zero, so term {i + 1} cannot be recomputed.",
                    };
                    continue;
                }
                var share = quotient * 100m;
                var meets = share.Meets(intervals[i]);
                // The share of part i depends on every part, so every part is evidence: a wrong part elsewhere shows here.
                yield return GenericFinding.About(Kind, [ratio, .. parts.Parts], "each term of a ratio matches its part's share").Judged(intervals[i], share, meets, "%") with
                {
                    Rule = Evidence.RuleId(Kind, [ratio, parts.Parts[i]]),
                    Message = $"{parts.Parts[i].Text} is {IntervalText.Format(share)}% of the parts, which {(meets ? "meets" : "misses")} term {i + 1} of {ratio.Text}.",
                };
            }
        }
    }

    private static int Decimals(string term) => term.Contains('.') ? term.Length - term.IndexOf('.') - 1 : 0;

    private static bool SameParagraph(CheckInput input, Mention a, Mention b)
    {
        var (from, to) = a.Span.Start < b.Span.Start ? (a.Span.End, b.Span.Start) : (b.Span.End, a.Span.Start);
        return to <= from || input.Report.Content.AsSpan(from, to - from).IndexOfAny('\n', '\r') < 0;
    }
}
