using Stats.Core.Findings;

namespace Stats.Reporting.Figures;

/// <summary>A figure's status and the rules it takes part in, in findings order.</summary>
public sealed record FigureVerdict(FigureStatus Status, IReadOnlyList<string> Rules)
{
    public static readonly FigureVerdict Unchecked = new(FigureStatus.Unchecked, []);

    public string StatusName => Status.ToString().ToLowerInvariant();

    /// <summary>The verdict of every mention that takes part in some finding, by mention id.</summary>
    public static IReadOnlyDictionary<int, FigureVerdict> Of(IReadOnlyList<Finding> findings)
    {
        var verdicts = new Dictionary<int, FigureVerdict>();
        foreach (var finding in findings)
        {
            var status = finding.Status switch
            {
                CheckStatus.Fail => FigureStatus.Failed,
                CheckStatus.Pass => FigureStatus.Validated,
                _ => FigureStatus.Flagged,
            };
            foreach (var id in finding.Mentions.Distinct())
            {
                var previous = verdicts.GetValueOrDefault(id, Unchecked);
                var rules = previous.Rules.Contains(finding.Rule) ? previous.Rules : [.. previous.Rules, finding.Rule];
                // The enum is ordered worst first, so the smaller status wins.
                verdicts[id] = new FigureVerdict((FigureStatus)Math.Min((int)previous.Status, (int)status), rules);
            }
        }
        return verdicts;
    }
}
