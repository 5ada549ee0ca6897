using System.Globalization;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// The GRIM test: a rate or share stated in the same sentence as exact integer counts must be reachable as k/N within its
/// printed precision, with a count as the denominator N or as the numerator k (N unstated). It fails only when no count,
/// in either role, reaches it.
/// </summary>
public sealed class GranularityCheck : IGenericCheck
{
    public string Kind => CheckKind.Granularity.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        foreach (var rate in input.Figures)
        {
            if (!IsTestableRate(rate)) continue;
            var counts = CountsBefore(input, text, rate);
            if (counts.Count == 0) continue;
            yield return Test(rate, counts, input.IntervalOf(rate));
        }
    }

    // N and k count the rate's own population: whole counts of things, stated as levels, not spans of time or changes. A
    // loop rather than a query with a closure per rate: a diagnosis re-runs this check for every reading of a rate.
    private static List<Mention> CountsBefore(CheckInput input, string text, Mention rate)
    {
        var counts = new List<Mention>();
        foreach (var c in input.Figures)
        {
            if (c.Sentence == rate.Sentence && c.Span.End <= rate.Span.Start && IsExactCount(c) && Breakdown.IsStatedLevel(input, c)
                && (SameClause(text, c, rate) || StatementWords.SpeaksOf(input.WordsBefore(rate.Span.Start), CountClause(text, c))))
                counts.Add(c);
        }
        return counts;
    }

    // Shares of industries in GDP and contribution rates are shares of amounts, not k out of N things.
    private static readonly string[] AmountShareWords = ["产业", "增加值", "生产总值", "贡献", "收入", "支出", "投资", "产值"];

    private static string CountClause(string text, Mention count) => ClauseText.Before(text, count.Span.Start) + ClauseText.After(text, count.Span.End);

    private static bool SameClause(string text, Mention count, Mention rate) =>
        text.AsSpan(count.Span.End, rate.Span.Start - count.Span.End).IndexOfAny(ClauseText.ClauseEnds) < 0;

    private static bool IsTestableRate(Mention m) =>
        m.Kind == MentionKind.Percent && m.Role is Role.Rate or Role.Share && m.Sign == 1 && !IsAmountShare(m.Subject);

    private static bool IsAmountShare(string subject)
    {
        foreach (var w in AmountShareWords)
            if (subject.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsExactCount(Mention m) =>
        m.Kind == MentionKind.Count && m.Qualifier.Length == 0 && m.Decimals == 0 && m.Multiplier == 1m && m.Value is >= 1m &&
        !StatementWords.TimeClassifiers.Contains(m.Unit);

    private Finding Test(Mention rate, IReadOnlyList<Mention> counts, Interval stated)
    {
        var evidence = counts.Append(rate).ToList();
        var finding = GenericFinding.About(Kind, evidence, "rate reachable as k/N from the stated counts") with
        {
            Expected = stated,
            Unit = "%",
        };
        if (!stated.IsBounded || rate.Qualifier.Length > 0)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The rate {rate.Text} is qualified ({rate.Qualifier}), so it stands for a range no count can refute." };

        var values = counts.Select(c => (long)c.Value!.Value).Distinct().ToList();
        bool Reachable(Interval percent) => Granularity.ReachableWithAnyCount(percent, values);
        var power = Granularity.PowerOfCounts(rate.Decimals, values);
        var countsText = string.Join(", ", counts.Select(c => c.Text));
        var powerText = power.ToString("0.###", CultureInfo.InvariantCulture);

        // An unreachable rate fails whatever the estimated power; a reachable one says something only if others could fail.
        if (!Reachable(stated))
            return finding with
            {
                Status = CheckStatus.Fail,
                Message = $"No integer k/N with N or k among {countsText} lies in {rate.Text} = {IntervalText.Format(stated)}; a random rate of this precision would fail with probability {powerText}.",
            };
        if (power == 0m)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"Every rate printed with {rate.Decimals} decimals is reachable as k/N from {countsText}, so the test has no power for {rate.Text}." };
        return finding with { Message = $"{rate.Text} = {IntervalText.Format(stated)} is reachable as k/N with N or k among {countsText} (a random rate of this precision would fail with probability {powerText})." };
    }
}
