using System.Globalization;
using Stats.Core.Findings;

namespace Stats.Reporting.Html;

/// <summary>The fragment each finding section is reached by (#finding-3: the third in presentation order), and its rule's.</summary>
public static class FindingAnchor
{
    public static string Of(int number) => "finding-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The anchors of each rule's findings, in presentation order, for links from the figures that rule read.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByRule(IReadOnlyList<Finding> ordered) =>
        ordered.Select((f, i) => (f.Rule, Anchor: Of(i + 1)))
            .GroupBy(x => x.Rule, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Anchor).ToList(), StringComparer.Ordinal);
}
