using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Core.Checks.Generic;

/// <summary>Parts listed under "其中" cannot exceed their total, and must equal it (within rounding) when they are exhaustive.</summary>
public sealed class PartsCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    public string Kind => CheckKind.Parts.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        foreach (var b in input.Breakdowns(partitions))
        {
            var total = input.IntervalOf(b.Total);
            var sum = b.Parts.Select(input.IntervalOf).Aggregate((x, y) => x + y);
            var evidence = b.Parts.Prepend(b.Total).ToList();
            var parts = string.Join(" + ", b.Parts.Select(p => p.Text));
            if (!b.IsExhaustive && total.Upper is null)
            {
                yield return GenericFinding.About(Kind, evidence, "parts do not exceed their total") with
                {
                    Status = CheckStatus.NotEvaluable,
                    Expected = total,
                    Observed = sum,
                    Message = $"The total {b.Total.Text} is only a lower bound, so the parts {parts} = {IntervalText.Format(sum)} {b.Total.Unit} cannot exceed it.",
                };
                continue;
            }
            var holds = b.IsExhaustive ? sum.Meets(total) : Interval.PossiblyAtMost(sum, total);
            var relation = (b.IsExhaustive, holds) switch
            {
                (true, true) => "equal",
                (true, false) => "do not equal",
                (false, true) => "do not exceed",
                (false, false) => "exceed",
            };
            var why = b.IsExhaustive ? $" ({b.Partition!.Label})" : " (the list under 其中 need not be exhaustive)";
            yield return GenericFinding.About(Kind, evidence, b.IsExhaustive ? "exhaustive parts add up to their total" : "parts do not exceed their total").Judged(total, sum, holds, b.Total.Unit) with
            {
                Message = $"The parts {parts} = {IntervalText.Format(sum)} {b.Total.Unit} {relation} the total {b.Total.Text} = {IntervalText.Format(total)} {b.Total.Unit}{why}.",
            };
        }
    }
}
