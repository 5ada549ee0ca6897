using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A total and the parts a report lists under "其中" (X，其中 A、B、C): all levels of one unit. <see cref="Partition"/> is set
/// when the parts' subjects cover a known exhaustive partition (tax and non-tax revenue, the three industries), so they
/// must add up to the total rather than merely stay below it.
/// </summary>
public sealed record Breakdown(Mention Total, IReadOnlyList<Mention> Parts, Partition? Partition)
{
    private const string Marker = "其中";

    public bool IsExhaustive => Partition is not null;

    /// <summary>
    /// Finds every breakdown of a report, one per "其中" with a level before it and levels of the same unit after it. The
    /// total is the last level of the marker's own sentence before it, or, when the marker opens a sentence, the first level
    /// of the sentence before. The parts run to the end of the sentence but stop at a clause that starts a new statement
    /// (加上…, 收入合计…, 完成…); they leave out changes (增加 6455万元), figures in parentheses (a part's own breakdown, an
    /// inclusion), and figures of another period.
    /// </summary>
    public static IReadOnlyList<Breakdown> FindAll(CheckInput input, IReadOnlyList<Partition> partitions)
    {
        var text = input.Report.Content;
        var levels = input.StatedLevels;
        var markers = new List<int>();
        for (var at = text.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal))
            markers.Add(at);
        var markerDepths = ClauseText.Depths(text, markers);
        var found = new List<Breakdown>();
        var first = 0;
        foreach (var at in markers)
        {
            var depth = markerDepths[at];
            var sentenceStart = ClauseText.SentenceStart(text, at);
            var previousStart = sentenceStart == 0 ? 0 : ClauseText.SentenceStart(text, sentenceStart - 1);
            while (first < levels.Count && levels[first].Span.Start < previousStart) first++;
            var end = ListEnd(text, at);
            // Only the levels of this sentence and the one before can take part: the scan stays within them.
            var near = new List<Mention>();
            for (var i = first; i < levels.Count && levels[i].Span.Start < end; i++)
                if (input.DepthOf(levels[i]) == depth) near.Add(levels[i]);
            var total = TotalBefore(text, at, near);
            if (total is null) continue;
            var side = StatementWords.BudgetSide(total.Subject);
            var parts = near
                .Where(m => m.Span.Start > at && m.Span.End <= end && m.Unit == total.Unit && m.Dimension == total.Dimension
                    && (side.Length == 0 || StatementWords.BudgetSide(m.Subject) is var s && (s == side || s.Length == 0)))
                .ToList();
            if (parts.Count == 0) continue;
            found.Add(new Breakdown(total, parts, input.NotExhaustive.Contains(total.Id) ? null : partitions.FirstOrDefault(p => p.Covers(parts))));
        }
        return found;
    }

    /// <summary>A level of something that adds up: an amount, a quantity or a count of things, never a span of time.</summary>
    public static bool IsLevel(Mention m) =>
        m.Role == Role.Level && m.Kind is MentionKind.Amount or MentionKind.Quantity or MentionKind.Count && m.Value is not null &&
        !StatementWords.TimeClassifiers.Contains(m.Unit) && !StatementWords.IsNonAdditive(m.Subject);

    /// <summary>A level as stated, not a change from another period (增加 6517万元) nor a figure of an earlier period.</summary>
    public static bool IsStatedLevel(string text, Mention m)
    {
        var before = ClauseText.Before(text, m.Span.Start);
        return !StatementWords.IsChange(before) && !StatementWords.IsPreviousPeriod(before);
    }

    private static Mention? TotalBefore(string text, int at, IReadOnlyList<Mention> levels)
    {
        var sentenceStart = ClauseText.SentenceStart(text, at);
        var inSentence = levels.LastOrDefault(m => m.Span.Start >= sentenceStart && m.Span.End <= at);
        if (inSentence is not null) return inSentence;
        // "X…。其中…": the marker opens a sentence, so it breaks down the head figure of the sentence before.
        if (sentenceStart == 0 || text[sentenceStart - 1] is '\n' or '\r') return null;
        var previousStart = ClauseText.SentenceStart(text, sentenceStart - 1);
        return levels.FirstOrDefault(m => m.Span.Start >= previousStart && m.Span.End <= sentenceStart);
    }

    /// <summary>Where a list under 其中 ends: the sentence end, or the first clause that starts a new statement.</summary>
    private static int ListEnd(string text, int at)
    {
        var sentenceEnd = ClauseText.SentenceEnd(text, at);
        for (var i = at; i < sentenceEnd; i++)
            if (text[i] is '，' or ',' or '；' or ';' && StatementWords.StartsNewStatement(ClauseText.After(text, i + 1), text[i]))
                return i;
        return sentenceEnd;
    }
}
