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
        var markers = input.BreakdownMarkers.At;
        var markerDepths = input.BreakdownMarkers.Depths;
        var found = new List<Breakdown>();
        var first = 0;
        for (var index = 0; index < markers.Count; index++)
        {
            var at = markers[index];
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
            // A 其中 inside the list (第二产业…，其中工业…) starts a part's own breakdown: its parts are not the total's.
            var listEnd = index + 1 < markers.Count && markers[index + 1] < end ? markers[index + 1] : end;
            var parts = near
                .Where(m => m.Span.Start > at && m.Span.End <= listEnd && InUnitOf(m, total) && m.Dimension == total.Dimension
                    && (side.Length == 0 || StatementWords.BudgetSide(m.Subject) is var s && (s == side || s.Length == 0)))
                .ToList();
            parts = WithinFamily(total, Keyed(WithoutInclusions(text, at, parts), partitions), partitions);
            if (parts.Count == 0) continue;
            found.Add(Of(input, total, Completed(input, total, parts, partitions, end), partitions));
        }
        found.AddRange(InParentheses(input, partitions));
        found.AddRange(InTableRows(input, partitions));
        return found.OrderBy(b => b.Total.Span.Start).ThenBy(b => b.Parts[0].Span.Start).ToList();
    }

    private static readonly string[] InclusionWords = ["包含", "包括", "含"];

    /// <summary>
    /// The parts without those a part's own inclusion lists (其中：财力收入 A，包含市级收入 B、其他 C；转移支付 D): from a
    /// clause opening with 包含 to the next semicolon, the items break down the part before them, not the total.
    /// </summary>
    private static List<Mention> WithoutInclusions(string text, int marker, List<Mention> parts)
    {
        // One pass over the list, parts in text order: a comma before 包含 opens an inclusion, a semicolon closes it.
        var kept = new List<Mention>(parts.Count);
        var (at, inInclusion) = (marker + 1, false);
        foreach (var part in parts)
        {
            for (; at < part.Span.Start; at++)
            {
                if (text[at] is '；' or ';') inInclusion = false;
                else if (text[at] is '，' or ',' && InclusionWords.Any(w => ClauseText.After(text, at + 1).StartsWith(w, StringComparison.Ordinal))) inInclusion = true;
            }
            if (!inInclusion) kept.Add(part);
        }
        return kept;
    }

    /// <summary>
    /// The parts that name the keys of a partition, when they cover it and other items stand among them: the others break
    /// down a part (一般债券 A，省级留用 B，转贷市县 C；专项债券 D) or start another statement (…；省级政府债务余额 E).
    /// </summary>
    private static List<Mention> Keyed(List<Mention> parts, IReadOnlyList<Partition> partitions)
    {
        foreach (var partition in partitions)
        {
            var keyed = parts.Where(m => partition.KeyOf(m.Subject) is not null).ToList();
            if (keyed.Count >= 2 && keyed.Count < parts.Count && partition.Covers(keyed)) return keyed;
        }
        return parts;
    }

    /// <summary>
    /// Whether a part is counted in its total's unit: the same unit, or head (头) and animals (只) under a herd counted in
    /// 头只 (牲畜存栏 97.42 万头只，其中大畜 10.99 万头，小畜 81.70 万只).
    /// </summary>
    private static bool InUnitOf(Mention part, Mention total) =>
        part.Unit == total.Unit || (total.Unit == "头只" && part.Unit is "头" or "只");

    /// <summary>
    /// The parts up to the first that lies outside the total's family (粮食播种面积 A，其中小麦 B；玉米 C；油料 D: oil crops
    /// are not grain, so the list of grain crops ends before them; eggs and milk after meats are not meat).
    /// </summary>
    private static List<Mention> WithinFamily(Mention total, List<Mention> parts, IReadOnlyList<Partition> partitions)
    {
        var name = StatementWords.IndicatorName(total.Subject);
        foreach (var family in partitions.Where(p => p.IsFamily && p.Whole.Any(w => name.Contains(w, StringComparison.Ordinal))))
        {
            var within = parts.TakeWhile(m => family.KeyOf(m.Subject) is not null).ToList();
            if (within.Count < parts.Count) return within;
        }
        return parts;
    }

    /// <summary>
    /// The parts with the rest of their partition when the list names only some of its keys and the others follow as levels
    /// of the total's unit before the end of the next sentence (其中：第一产业…；第二产业…，其中工业…。第三产业…。): a bulletin
    /// often gives the last part a sentence of its own. Otherwise the parts as listed.
    /// </summary>
    private static IReadOnlyList<Mention> Completed(CheckInput input, Mention total, List<Mention> parts, IReadOnlyList<Partition> partitions, int listEnd)
    {
        var text = input.Report.Content;
        var searchEnd = listEnd < text.Length ? ClauseText.SentenceEnd(text, listEnd + 1) : listEnd;
        foreach (var partition in partitions.Where(p => !p.IsFamily))
        {
            var keys = parts.Select(p => partition.KeyOf(p.Subject)).ToList();
            if (keys.Any(k => k is null) || keys.Distinct().Count() != keys.Count || keys.Count >= partition.Keys.Count) continue;
            var missing = partition.Keys.Except(keys!).ToHashSet(StringComparer.Ordinal);
            var added = new List<Mention>();
            var levels = input.StatedLevels;
            for (var i = FirstAfter(levels, parts[^1].Span.End); i < levels.Count; i++)
            {
                var m = levels[i];
                if (m.Span.Start >= searchEnd || missing.Count == 0) break;
                if (m.Unit == total.Unit && m.Dimension == total.Dimension && input.DepthOf(m) == input.DepthOf(total)
                    && partition.KeyOf(m.Subject) is { } key && missing.Remove(key))
                    added.Add(m);
            }
            if (missing.Count == 0) return [.. parts, .. added];
        }
        return parts;
    }

    /// <summary>
    /// The breakdowns of a table whose rows carry 其中 (年末常住人口 | 60.2 / 其中:城镇 | 21.89 / 乡村 | 64.44): the row's first
    /// level is a part of the first level of the row above the list (rows of an earlier 其中 list are skipped, so a second
    /// list under one head breaks down the same head). Rows below a 其中 row join its list only while they complete a known
    /// partition with it (乡村 after 城镇); without one, the 其中 row is a part alone and can only be held below its total.
    /// </summary>
    private static IEnumerable<Breakdown> InTableRows(CheckInput input, IReadOnlyList<Partition> partitions)
    {
        var text = input.Report.Content;
        var levels = input.StatedLevels;
        var rows = input.BreakdownMarkers.TableRows;
        var (listEnd, listHead) = (-1, -1);
        for (var r = 0; r < rows.Count; r++)
        {
            if (!rows[r].Qizhong) continue;
            // A 其中 row right after the rows of an earlier list breaks down the same head; otherwise the row above is its head.
            var head = listEnd == r - 1 ? listHead : r - 1;
            if (head < 0 || !rows[head].Table) continue;
            var total = FirstLevel(levels, rows[head]);
            var first = FirstLevel(levels, rows[r]);
            if (total is null || first is null || first.Unit != total.Unit || first.Dimension != total.Dimension) continue;
            // Of the partitions the first part belongs to (城镇 is in 城镇/农村 and in 城镇/乡村), the rows below decide.
            var parts = partitions.Where(p => !p.IsFamily && p.KeyOf(first.Subject) is not null)
                .Select(p => ListedUnder(levels, rows, r, first, total, p))
                .OrderByDescending(list => list.Count)
                .FirstOrDefault() ?? [first];
            (listEnd, listHead) = (r + parts.Count - 1, head);
            yield return Of(input, total, parts, partitions);
        }
    }

    /// <summary>The 其中 row's level and the levels of the rows below it that complete <paramref name="partition"/> with it.</summary>
    private static List<Mention> ListedUnder(IReadOnlyList<Mention> levels, IReadOnlyList<BreakdownMarkers.TableRow> rows, int r, Mention first, Mention total, Partition partition)
    {
        var parts = new List<Mention> { first };
        for (var next = r + 1; next < rows.Count && rows[next].Table && !rows[next].Qizhong && parts.Count < partition.Keys.Count; next++)
        {
            var part = FirstLevel(levels, rows[next]);
            if (part is null || part.Unit != total.Unit || partition.KeyOf(part.Subject) is not { } key || parts.Any(p => partition.KeyOf(p.Subject) == key)) break;
            parts.Add(part);
        }
        return parts;
    }

    /// <summary>The first stated level within a row, or null.</summary>
    private static Mention? FirstLevel(IReadOnlyList<Mention> levels, BreakdownMarkers.TableRow row)
    {
        var i = FirstAfter(levels, row.Start - 1);
        return i < levels.Count && levels[i].Span.End <= row.End ? levels[i] : null;
    }

    /// <summary>The index of the first level that starts after <paramref name="position"/> (levels are in text order).</summary>
    internal static int FirstAfter(IReadOnlyList<Mention> levels, int position)
    {
        var (low, high) = (0, levels.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (levels[mid].Span.Start > position) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    /// <summary>
    /// The breakdowns <see cref="FindAll"/> gives for a scenario's input whose levels keep their places, units, dimensions
    /// and subjects (a reading of a numeral): those of the figures as printed, each figure replaced by its reading and each
    /// partition decided again, since the scenario may take a list as not exhaustive.
    /// </summary>
    internal static IReadOnlyList<Breakdown> Replaced(CheckInput input, IReadOnlyList<Breakdown> printed, IReadOnlyList<Partition> partitions)
    {
        var found = new List<Breakdown>(printed.Count);
        foreach (var b in printed)
            found.Add(Of(input, input.ById(b.Total.Id)!, b.Parts.Select(p => input.ById(p.Id)!).ToList(), partitions));
        return found;
    }

    private static Breakdown Of(CheckInput input, Mention total, IReadOnlyList<Mention> parts, IReadOnlyList<Partition> partitions) =>
        new(total, parts, input.NotExhaustive.Contains(total.Id) ? null : partitions.FirstOrDefault(p => p.Covers(parts)));

    /// <summary>
    /// The breakdowns a report gives in parentheses right after a level, without 其中 (新增债券 48.6 亿元（一般债券 7.2 亿元，
    /// 专项债券 41.4 亿元）): at least two levels of the total's unit directly inside them. Parentheses holding 其中 are read
    /// by <see cref="FindAll"/>; a single level inside them is an inclusion or a restatement, not a breakdown.
    /// </summary>
    private static IEnumerable<Breakdown> InParentheses(CheckInput input, IReadOnlyList<Partition> partitions)
    {
        var text = input.Report.Content;
        var levels = input.StatedLevels;
        for (var i = 0; i < levels.Count; i++)
        {
            var total = levels[i];
            var open = total.Span.End;
            while (open < text.Length && text[open] == ' ') open++;
            if (open >= text.Length || text[open] is not ('（' or '(')) continue;
            var close = ClauseText.Closing(text, open);
            if (close < 0 || text.AsSpan(open, close - open).Contains(BreakdownMarkers.Marker, StringComparison.Ordinal)) continue;
            var depth = input.DepthOf(total) + 1;
            var side = StatementWords.BudgetSide(total.Subject);
            var parts = new List<Mention>();
            for (var k = i + 1; k < levels.Count && levels[k].Span.Start < close; k++)
            {
                var m = levels[k];
                if (input.DepthOf(m) == depth && m.Unit == total.Unit && m.Dimension == total.Dimension
                    && (side.Length == 0 || StatementWords.BudgetSide(m.Subject) is var s && (s == side || s.Length == 0)))
                    parts.Add(m);
            }
            if (parts.Count >= 2) yield return Of(input, total, parts, partitions);
        }
    }

    /// <summary>A level of something that adds up: an amount, a quantity or a count of things, never a span of time.</summary>
    public static bool IsLevel(Mention m) =>
        m.Role == Role.Level && m.Kind is MentionKind.Amount or MentionKind.Quantity or MentionKind.Count && m.Value is not null &&
        !StatementWords.TimeClassifiers.Contains(m.Unit) && !StatementWords.IsNonAdditive(m.Subject);

    /// <summary>A level as stated, not a change from another period (增加 6517万元) nor a figure of an earlier period.</summary>
    public static bool IsStatedLevel(CheckInput input, Mention m)
    {
        var before = input.WordsBefore(m.Span.Start);
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
