using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Core.Checks.Generic;

/// <summary>A share (占比, 比重, 占 X%) of a part whose total is also stated must equal part / total within rounding.</summary>
public sealed class ShareCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    public string Kind => CheckKind.Share.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var breakdowns = input.Breakdowns(partitions);
        foreach (var share in input.Figures.Where(m => m.Role == Role.Share && m.Kind == MentionKind.Percent))
        {
            var part = input.ById(share.LinkedTo);
            var total = part is null ? null : breakdowns.FirstOrDefault(b => b.Parts.Contains(part))?.Total;
            if (part is null || total is null) continue;
            var evidence = new[] { total, part, share };
            var stated = input.IntervalOf(share);
            var finding = GenericFinding.About(Kind, evidence, "a stated share equals part / total") with { Expected = stated };
            yield return finding.StatedPercent(input, part, total, stated,
                $"The total {total.Text} may be zero, so the share {share.Text} cannot be recomputed.",
                (computed, holds) => $"{part.Text} / {total.Text} = {IntervalText.Format(computed)}% {(holds ? "meets" : "misses")} the stated share {share.Text} = {IntervalText.Format(stated)}%.");
        }
    }
}
