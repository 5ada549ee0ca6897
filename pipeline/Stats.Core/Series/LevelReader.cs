using Stats.Core.Extraction;
using Stats.Core.Statements;

namespace Stats.Core.Series;

/// <summary>
/// Reads the levels a report prints, sentence by sentence, with the growth rates, changes and budget shares stated beside
/// them. A level whose subject names no indicator of its own (实际完成…, 支出预算调整为…) continues the sentence's first level;
/// one whose indicator the report names twice for the same period and role with different values is left out, since a
/// link to either could be the wrong one.
/// </summary>
public static class LevelReader
{
    private static readonly string[] GrowthWords = ["增长", "下降", "增产", "减产", "上涨", "回落", "提高", "降低"];
    private static readonly string[] FallWords = ["下降", "减产", "回落", "降低", "减少", "减收", "减支", "少收", "减"];
    private static readonly string[] ChangeWords = ["增收", "减收", "增支", "减支", "增加", "减少", "多收", "少收", "增长", "下降"];
    private static readonly string[] PreviousYearWords = ["比上年", "较上年", "比去年", "较去年", "同比"];
    private static readonly string[] ComparableWords = ["同口径", "可比口径", "可比价", "扣除", "剔除", "按可比"];

    public static IReadOnlyList<PrintedLevel> Read(SeriesReport report)
    {
        var text = report.Text.Content;
        var figures = report.Mentions.Where(m => m.IsFigure).OrderBy(m => m.Span.Start).ToList();
        var drafts = new List<Draft>();
        Draft? lineHead = null;
        var lastLine = -1;
        foreach (var sentence in figures.GroupBy(m => m.Sentence.Start))
        {
            // A paragraph names its indicator once: 年初支出预算… in the sentence after 一般公共预算收入… continues it.
            var line = report.Text.Position(sentence.Key).Line;
            if (line != lastLine) lineHead = null;
            lastLine = line;
            Draft? head = null, current = null;
            var changeOwner = new Dictionary<int, Draft>();
            var fragments = new HashSet<int>();
            Mention? previous = null;
            foreach (var m in sentence)
            {
                var before = ClauseText.Before(text, m.Span.Start);
                // The tail of a number split at a spaced thousands separator (143, 139万元) is no level of its own; a rate
                // the extractor linked to it belongs to the level before.
                var fragment = previous is not null && IsFragment(text, previous, m);
                previous = m;
                if (fragment)
                {
                    fragments.Add(m.Id);
                    continue;
                }
                if (m.Kind == MentionKind.Percent)
                {
                    var owner = m.LinkedTo is { } id
                        ? fragments.Contains(id) ? current : drafts.LastOrDefault(d => d.Level.Id == id) ?? (changeOwner.TryGetValue(id, out var o) ? o : null)
                        : null;
                    if (before.Contains("预算", StringComparison.Ordinal) && m.Role != Role.Growth)
                    {
                        if (current is not null && current.Share is null) current.Share = new BudgetShare(m, before.Contains("调整", StringComparison.Ordinal));
                    }
                    else if (m.Role == Role.Growth || EndsWithAny(before, GrowthWords))
                    {
                        owner ??= current;
                        var sign = m.Role == Role.Growth ? m.Sign : EndsWithAny(before, FallWords) ? -1 : 1;
                        var growth = new StatedGrowth(m, sign, ContainsAny(before, ComparableWords));
                        if (owner is not null) owner.Growths.Add(growth);
                        else if (GrowthTarget(report, m, text) is { } target)
                        {
                            target.Growths.Add(growth);
                            drafts.Add(target);
                        }
                    }
                    continue;
                }
                if (!IsLevel(m)) continue;
                // A change from the year before is never a level, even when the level it belongs to was not read.
                if (ContainsAny(before, PreviousYearWords) && EndsWithAny(before, ChangeWords))
                {
                    if (current is null) continue;
                    current.Change ??= new StatedChange(m, EndsWithAny(before, FallWords) ? -1 : 1);
                    changeOwner[m.Id] = current;
                    continue;
                }
                var name = IndicatorName.Of(m.Subject);
                if (name.IsBare)
                {
                    if ((head ?? lineHead) is not { } continued) continue;
                    name = name.Continuing(continued.Name);
                }
                else if (name.Scope.Length == 0)
                {
                    name = name with { Scope = IndicatorName.ScopeIn(text[m.Sentence.Start..m.Span.Start]) };
                }
                var draft = new Draft(m, name, PeriodAndRole(report.Year, m, name, before));
                if (draft.Period is null) continue;
                drafts.Add(draft);
                head ??= draft;
                lineHead = head;
                current = draft;
            }
        }

        return drafts
            .GroupBy(d => (d.Name.Key, d.Period, d.Role, d.Level.Unit))
            .Where(g => g.Select(d => d.Level.Value).Distinct().Count() == 1)
            .Select(g => g.First())
            .OrderBy(d => d.Level.Span.Start)
            .Select(d => new PrintedLevel(report, d.Name.Key, d.Period!.Value, d.Role, d.Level, d.Growths, d.Change, d.Share))
            .ToList();
    }

    /// <summary>
    /// A growth rate set as a target for a coming year with no level of its own (2022年全县粮食产量增长3%左右), as a draft whose
    /// level is the rate itself; null when the rate is not a target or names no indicator.
    /// </summary>
    private static Draft? GrowthTarget(SeriesReport report, Mention rate, string text)
    {
        var period = rate.Period ?? report.Year;
        if (period <= report.Year && rate.Basis != Basis.Target) return null;
        if (rate.Subject.Contains("比上年", StringComparison.Ordinal) || rate.Subject.Contains("同比", StringComparison.Ordinal)) return null;
        var subject = rate.Subject;
        foreach (var word in GrowthWords)
            if (subject.EndsWith(word, StringComparison.Ordinal)) subject = subject[..^word.Length];
        var name = IndicatorName.Of(subject);
        if (name.IsBare) return null;
        if (name.Scope.Length == 0) name = name with { Scope = IndicatorName.ScopeIn(text[rate.Sentence.Start..rate.Span.Start]) };
        return new Draft(rate, name, (Math.Max(period, report.Year + 1), LevelRole.Target));
    }

    private static bool IsFragment(string text, Mention previous, Mention m) =>
        previous.Span.End <= m.Span.Start && m.Span.Start - previous.Span.End <= 2 && previous.Unit.Length == 0 &&
        text[previous.Span.End..m.Span.Start].All(c => c is ',' or ' ') && text[previous.Span.End..m.Span.Start].Contains(',');

    // Amounts, quantities and counts carry levels; a number that is not printed in digits names nothing to link (三门峡).
    private static bool IsLevel(Mention m) =>
        m.Kind is MentionKind.Amount or MentionKind.Quantity or MentionKind.Count && m.Role == Role.Level && m.Value is not null &&
        m.Unit.Length > 0 && m.Number.Any(char.IsAsciiDigit);

    private static (int? Period, LevelRole Role) PeriodAndRole(int year, Mention m, IndicatorName name, string before)
    {
        if (StatementWords.IsPreviousPeriod(before)) return (year - 1, LevelRole.Previous);
        var period = m.Period is { } p && p >= year - 1 && p <= year + 1 ? p : year;
        return name.RoleWord switch
        {
            LevelRole.Budget or LevelRole.AdjustedBudget => (period, name.RoleWord.Value),
            LevelRole.Target => (period, period > year ? LevelRole.Target : LevelRole.Budget),
            _ when period > year => (period, LevelRole.Target),
            _ when period < year => (period, LevelRole.Previous),
            _ => (period, LevelRole.Actual),
        };
    }

    private static bool EndsWithAny(string words, string[] endings) => endings.Any(e => words.EndsWith(e, StringComparison.Ordinal));

    private static bool ContainsAny(string words, string[] parts) => parts.Any(p => words.Contains(p, StringComparison.Ordinal));

    private sealed class Draft(Mention level, IndicatorName name, (int? Period, LevelRole Role) periodAndRole)
    {
        public Mention Level { get; } = level;
        public IndicatorName Name { get; } = name;
        public int? Period { get; } = periodAndRole.Period;
        public LevelRole Role { get; } = periodAndRole.Role;
        public List<StatedGrowth> Growths { get; } = [];
        public StatedChange? Change { get; set; }
        public BudgetShare? Share { get; set; }
    }
}
