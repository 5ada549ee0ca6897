using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Checks;

/// <summary>
/// The figures as a hypothesis reads them: some mentions replaced, some growth rates taken at comparable prices, some lists
/// under 其中 taken as not exhaustive. <see cref="AsPrinted"/> changes nothing.
/// </summary>
public sealed record Scenario(IReadOnlyDictionary<int, Mention> Changed, IReadOnlySet<int> RealGrowth, IReadOnlySet<int> NotExhaustive)
{
    public static Scenario AsPrinted { get; } = new(new Dictionary<int, Mention>(), new HashSet<int>(), new HashSet<int>());
}
