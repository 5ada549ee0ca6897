using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A level stated as a share of a budget printed beside it (收入 X，完成年初预算 B 的 p%): p must be X / B within the rounding
/// of the three figures. The level is the statement's head, the last stated level of the same unit before the budget in
/// its sentence.
/// </summary>
public sealed class BudgetShareCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    public string Kind => CheckKind.BudgetShare.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        foreach (var finding in ImpliedBudgets(input)) yield return finding;
        var text = input.Report.Content;
        var figures = input.Figures;
        for (var i = 1; i + 1 < figures.Count; i++)
        {
            var (budget, rate) = (figures[i], figures[i + 1]);
            if (!Breakdown.IsLevel(budget) || rate.Kind != MentionKind.Percent || rate.Sentence != budget.Sentence) continue;
            if (text.AsSpan(budget.Span.End, rate.Span.Start - budget.Span.End).Trim().ToString() != "的") continue;
            if (!input.WordsBefore(budget.Span.Start).Contains("预算", StringComparison.Ordinal)) continue;
            Mention? level = null;
            for (var k = i - 1; k >= 0 && figures[k].Sentence == budget.Sentence; k--)
            {
                var m = figures[k];
                if (m.Kind == MentionKind.Percent || !Breakdown.IsLevel(m) || m.Unit != budget.Unit || m.Dimension != budget.Dimension) continue;
                // The change and the previous period's level (比上年同期 A 增收 D) stand between a level and its budget.
                var before = input.WordsBefore(m.Span.Start);
                if (!Breakdown.IsStatedLevel(input, m) || (before.Contains('比') && (before.Contains("上年", StringComparison.Ordinal) || before.Contains("同期", StringComparison.Ordinal)))) continue;
                level = m;
                break;
            }
            if (level is null) continue;
            var stated = input.IntervalOf(rate);
            var finding = GenericFinding.About(Kind, [level, budget, rate], "a level over its stated budget is the stated completion rate") with { Expected = stated };
            yield return finding.StatedPercent(input, level, budget, stated,
                $"The budget {budget.Text} may be zero, so the completion rate {rate.Text} cannot be recomputed.",
                (computed, holds) => $"{level.Text} / {budget.Text} = {IntervalText.Format(computed)}%, which {(holds ? "meets" : "misses")} the stated completion rate {rate.Text} = {IntervalText.Format(stated)}%.");
        }
    }

    /// <summary>
    /// A total and its exhaustive parts (税收 and 非税 of a revenue), each with its completion rate and no budget printed
    /// (收入 X，为预算的 p%，其中：税收收入 A，为预算的 a%，非税收入 B，完成年度预算的 b%): the budgets they imply (level / rate)
    /// add up too, X / p = A / a + B / b within the rounding of the six figures.
    /// </summary>
    private IEnumerable<Finding> ImpliedBudgets(CheckInput input)
    {
        foreach (var b in input.Breakdowns(partitions).Where(b => b.IsExhaustive))
        {
            var rates = b.Parts.Prepend(b.Total).Select(m => CompletionOf(input, m)).ToList();
            if (rates.Any(r => r is null)) continue;
            var budgets = b.Parts.Prepend(b.Total).Zip(rates, (m, r) => Interval.Divide(input.IntervalOf(m), input.IntervalOf(r!) / 100m).Value).ToList();
            if (budgets.Any(x => x is null)) continue;
            var implied = budgets.Skip(1).Select(x => x!).Aggregate((x, y) => x + y);
            var stated = budgets[0]!;
            var holds = implied.Meets(stated);
            var evidence = b.Parts.Prepend(b.Total).Zip(rates, (m, r) => new[] { m, r! }).SelectMany(x => x).ToList();
            var terms = string.Join(" + ", b.Parts.Zip(rates.Skip(1), (m, r) => $"{m.Text}/{r!.Text}"));
            yield return GenericFinding.About(Kind, evidence, "the budgets a total's parts imply add up to the total's").Judged(stated, implied, holds, b.Total.Unit) with
            {
                Message = $"The parts' budgets {terms} = {IntervalText.Format(implied)} {b.Total.Unit} {(holds ? "meet" : "miss")} the total's {b.Total.Text}/{rates[0]!.Text} = {IntervalText.Format(stated)} {b.Total.Unit}.",
            };
        }
    }

    // A completion rate right after a level, with no budget printed (X，为预算的 p% / 完成年度预算的 p%).
    private static Mention? CompletionOf(CheckInput input, Mention level)
    {
        var figures = input.Figures;
        var at = Breakdown.FirstAfter(figures, level.Span.Start);
        if (at >= figures.Count) return null;
        var rate = figures[at];
        var words = input.WordsBefore(rate.Span.Start).Replace(" ", "", StringComparison.Ordinal);
        return rate.Kind == MentionKind.Percent && rate.Sentence == level.Sentence && words.EndsWith("预算的", StringComparison.Ordinal) &&
               input.Report.Content.AsSpan(level.Span.End, rate.Span.Start - level.Span.End).IndexOfAny('；', ';') < 0 ? rate : null;
    }
}
