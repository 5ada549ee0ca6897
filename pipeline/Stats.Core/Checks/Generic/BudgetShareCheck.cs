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
public sealed class BudgetShareCheck : IGenericCheck
{
    public string Kind => CheckKind.BudgetShare.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
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
}
