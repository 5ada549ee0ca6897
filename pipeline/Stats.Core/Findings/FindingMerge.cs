namespace Stats.Core.Findings;

/// <summary>
/// One relation, one finding. A report's own rule (rules.yaml) and a generic check often compare the same figures by the
/// same relation (the grain yield per 亩, the growth of revenue from its parts), and a rules file may state one relation
/// twice (the yield in kg/亩 and in t/ha): they are one finding, the first in order (a rule before any generic check),
/// which keeps its label and source, names the others as corroborating and takes on any figure they add (a generic check
/// also names the total a rule leaves implicit). "The same" is strict: the same kind and status, and for a generic check
/// figures that are a subset or a superset of the rule's, for two rules the same figures.
/// </summary>
public static class FindingMerge
{
    public static IReadOnlyList<Finding> Merge(IReadOnlyList<Finding> findings)
    {
        if (!findings.Any(f => !f.Origin.IsGeneric)) return findings;
        var kept = new List<Finding>();
        foreach (var finding in findings)
        {
            var into = RuleOfSameRelation(kept, finding);
            if (into < 0)
            {
                kept.Add(finding);
                continue;
            }
            kept[into] = Absorb(kept[into], finding);
        }
        return kept;
    }

    private static Finding Absorb(Finding keeper, Finding other)
    {
        var added = other.Mentions.Select((id, i) => (id, i)).Where(x => !keeper.Mentions.Contains(x.id)).ToList();
        var texts = other.Evidence.Split(" | ");
        var evidence = added.Count == 0 || texts.Length != other.Mentions.Count
            ? keeper.Evidence
            : string.Join(" | ", added.Select(x => texts[x.i]).Prepend(keeper.Evidence));
        return keeper with
        {
            Mentions = [.. keeper.Mentions, .. added.Select(x => x.id)],
            Evidence = evidence,
            CorroboratedBy = [.. keeper.CorroboratedBy, other.Rule, .. other.CorroboratedBy],
        };
    }

    /// <summary>
    /// Whether <paramref name="other"/> states the relation of the rule <paramref name="rule"/> again. Two rules must name the
    /// same figures (a rules file may hold several bands of one kind for different figures); a generic check may name more.
    /// </summary>
    // The index of the first rule's finding kept so far that states the same relation, or -1. A diagnosis merges the
    // findings of every reading it confirms, so this loops without closures, sets or sorted copies where it can.
    private static int RuleOfSameRelation(List<Finding> kept, Finding finding)
    {
        for (var i = 0; i < kept.Count; i++)
            if (!kept[i].Origin.IsGeneric && SameRelation(kept[i], finding)) return i;
        return -1;
    }

    private static bool SameRelation(Finding rule, Finding other)
    {
        if (!other.Origin.IsGeneric)
            return rule.Kind == other.Kind && rule.Status == other.Status && rule.Mentions.Count > 0 && rule.Mentions.Count == other.Mentions.Count
                && rule.Mentions.Order().SequenceEqual(other.Mentions.Order());
        var (a, b) = (rule, other);
        if (a.Kind != b.Kind || a.Status != b.Status || a.Mentions.Count == 0 || b.Mentions.Count == 0) return false;
        var (small, large) = a.Mentions.Count <= b.Mentions.Count ? (a.Mentions, b.Mentions) : (b.Mentions, a.Mentions);
        // Every figure of the smaller finding is one of the larger's: a few figures each, so a linear search.
        foreach (var id in small)
            if (!Contains(large, id)) return false;
        return true;
    }

    private static bool Contains(IReadOnlyList<int> ids, int id)
    {
        foreach (var x in ids)
            if (x == id) return true;
        return false;
    }
}
