using Stats.Core.Checks;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Core.Series;

/// <summary>
/// Links the levels of one place's reports across consecutive years by indicator, period and unit, and confronts what the
/// later report states with what the earlier one printed, over the intervals the printed rounding allows. A gap beyond
/// rounding is a <c>warn</c> (revisions are customary), and a <c>fail</c> only when a slip of the earlier figure explains it.
/// </summary>
public static class CrossYearChecker
{
    public static IReadOnlyList<CrossYearLink> Check(IReadOnlyList<PrintedLevel> levels)
    {
        var byKey = levels.ToLookup(l => (l.Indicator, l.Period, l.Role, l.Level.Unit, l.Report.Year));
        PrintedLevel? Find(PrintedLevel l, int year, int period, LevelRole role, string? unit = null) =>
            byKey[(l.Indicator, period, role, unit ?? l.Level.Unit, year)].FirstOrDefault();
        var links = new List<CrossYearLink>();
        foreach (var later in levels.OrderBy(l => l.Report.Year).ThenBy(l => l.Report.Name, StringComparer.Ordinal).ThenBy(l => l.Level.Span.Start))
        {
            var year = later.Report.Year;
            switch (later.Role)
            {
                case LevelRole.Actual when later.Period == year:
                    if (Find(later, year - 1, year - 1, LevelRole.Actual) is { } earlier)
                        links.AddRange(Growth(earlier, later));
                    if (Find(later, year - 1, year, LevelRole.Target) is { } target)
                        links.Add(Target(target, later));
                    if (later.Growths.Count > 0 && Find(later, year - 1, year, LevelRole.Target, "%") is { } growthTarget)
                        links.Add(GrowthTarget(growthTarget, later));
                    break;
                case LevelRole.Previous:
                    if (Find(later, year - 1, later.Period, LevelRole.Actual) is { } printed)
                        links.Add(Restated(printed, later));
                    break;
                case LevelRole.Budget when later.Period == year:
                    if (Find(later, year - 1, year, LevelRole.Target) is { } set)
                        links.Add(Restated(set, later));
                    break;
            }
        }
        return links;
    }

    private static IEnumerable<CrossYearLink> Growth(PrintedLevel earlier, PrintedLevel later)
    {
        var before = Checker.IntervalOf(earlier.Level);
        var after = Checker.IntervalOf(later.Level);
        var implied = Interval.Divide(after, before).Map(q => (q - 1m) * 100m).Value;
        var any = false;
        foreach (var growth in later.Growths)
        {
            any = true;
            var stated = Checker.IntervalOf(growth.Rate) * growth.Sign;
            // The base the stated growth implies, for a slip of the earlier figure.
            var impliedEarlier = Interval.Divide(after, stated / 100m + 1m).Value;
            yield return Judge(LinkKind.Growth, earlier, later, growth.Rate, stated, implied, impliedEarlier, growth.ComparableBasis);
        }
        if (later.Change is { } change)
        {
            any = true;
            var stated = Checker.IntervalOf(change.Amount) * change.Sign;
            yield return Judge(LinkKind.Change, earlier, later, change.Amount, stated, after - before, after - stated, false);
        }
        if (!any)
            yield return new CrossYearLink(LinkKind.Level, earlier, later, null, null, implied, CheckStatus.NotEvaluable, "", "", "");
    }

    private static CrossYearLink Restated(PrintedLevel earlier, PrintedLevel later)
    {
        var printed = Checker.IntervalOf(later.Level);
        return Judge(LinkKind.Restated, earlier, later, later.Level, printed, Checker.IntervalOf(earlier.Level), printed, false);
    }

    private static CrossYearLink Target(PrintedLevel target, PrintedLevel outcome)
    {
        var reached = Interval.Divide(Checker.IntervalOf(outcome.Level), Checker.IntervalOf(target.Level)).Map(q => q * 100m).Value;
        var met = outcome.Level.Value >= target.Level.Value ? "met" : "missed";
        if (outcome.BudgetShare is not { OfAdjustedBudget: false } share)
            return new CrossYearLink(LinkKind.Target, target, outcome, null, null, reached, CheckStatus.NotEvaluable, met, "", "");
        var stated = Checker.IntervalOf(share.Rate);
        var agrees = reached is null || stated.Meets(reached);
        return new CrossYearLink(LinkKind.Target, target, outcome, share.Rate, stated, reached,
            agrees ? CheckStatus.Pass : CheckStatus.Warn, met, agrees ? "" : "budget restatement", "");
    }

    /// <summary>A growth target set a year before (增长3%左右) against the growth the outcome states: met or missed, information only.</summary>
    private static CrossYearLink GrowthTarget(PrintedLevel target, PrintedLevel outcome)
    {
        var growth = outcome.Growths.FirstOrDefault(g => !g.ComparableBasis) ?? outcome.Growths[0];
        var set = target.Growths[0];
        var reached = growth.Sign * growth.Rate.Value >= set.Sign * set.Rate.Value;
        return new CrossYearLink(LinkKind.Target, target, outcome, growth.Rate, Checker.IntervalOf(growth.Rate) * growth.Sign,
            Checker.IntervalOf(set.Rate) * set.Sign, CheckStatus.NotEvaluable, reached ? "met" : "missed", "", "");
    }

    private static CrossYearLink Judge(LinkKind kind, PrintedLevel earlier, PrintedLevel later, Mention statement, Interval stated, Interval? implied, Interval? impliedEarlier, bool comparableBasis)
    {
        if (implied is null || stated.Meets(implied))
            return new CrossYearLink(kind, earlier, later, statement, stated, implied, implied is null ? CheckStatus.NotEvaluable : CheckStatus.Pass, "", "", "");
        var (reading, decisive) = impliedEarlier is null ? ("", false) : SlipReading.Find(earlier.Level, impliedEarlier);
        if (decisive)
            return new CrossYearLink(kind, earlier, later, statement, stated, implied, CheckStatus.Fail, "", "", reading);
        var revision = RevisionContext.Of(kind, earlier, later, comparableBasis);
        return new CrossYearLink(kind, earlier, later, statement, stated, implied, CheckStatus.Warn, "",
            revision.Length > 0 ? revision : "revision of unknown cause", reading.Length > 0 ? "possibly " + reading : "");
    }
}
