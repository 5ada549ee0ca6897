using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Parts a report lists without 其中: a total followed by (主要)包括 A、B、C(等) — parts that cannot exceed it — and a total
/// whose sentence is followed by an enumeration 一是 A；二是 B；三是 C, one amount each, which spells out all of it and must
/// add up to it within rounding; and a sentence of main items (主要收入项目是…, 主要支出中…) under the sentence before's head
/// figure, which cannot exceed it.
/// </summary>
public sealed class ListedPartsCheck : IGenericCheck
{
    private static readonly string[] LeverageWords = ["带动", "撬动", "拉动", "吸引", "节约", "节省"];

    private static readonly string[] Enumerators = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是"];

    public string Kind => CheckKind.Parts.Name;

    public IEnumerable<Finding> Run(CheckInput input) =>
        input.ListedParts.Select(list => Judge(input, list.Total, list.Parts, list.Exhaustive));

    /// <summary>Every list of parts a report states without 其中, in the order <see cref="Run"/> judges them.</summary>
    public static IReadOnlyList<ListedParts> Find(CheckInput input)
    {
        var text = input.Report.Content;
        var top = input.TopStatedLevels.Where(m => m.Kind == MentionKind.Amount).ToList();
        var found = new List<ListedParts>();
        for (var i = 0; i < top.Count; i++)
        {
            var total = top[i];
            var after = Words(text, total.Span.End, 8);
            // 安排支出 X，用于 A a、B b，调出 C c: what an amount is spent on cannot exceed it.
            if (after.StartsWith("主要包括", StringComparison.Ordinal) || after.StartsWith("包括", StringComparison.Ordinal) ||
                after.StartsWith("用于", StringComparison.Ordinal) || after.StartsWith("主要用于", StringComparison.Ordinal))
            {
                var parts = Included(text, top, i);
                if (parts.Count >= 2) found.Add(new(total, parts, Exhaustive: false));
            }
            else if (after.StartsWith("一是", StringComparison.Ordinal) &&
                     Enumerated(text, top, i) is { Count: >= 2 } items)
                found.Add(new(total, items, Exhaustive: true));
        }
        foreach (var (total, items) in MainItems(input, top).Concat(NamedItems(input, top)).Concat(MeansOf(input, top)))
            found.Add(new(total, items, Exhaustive: false));
        return found;
    }

    // 第三产业增加值中，批发和零售业 A，…: a sentence opening with the name of a level stated in the sentence before, then 中.
    private static readonly System.Text.RegularExpressions.Regex NamedOpening = new(
        @"^\s*(\S{2,14}?)中[，,：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A sentence opening with a level's own name and 中 (第三产业增加值中，…) lists items of that level, which the sentence
    /// before stated: they cannot exceed it. The name must be the level's whole indicator name, so 其中 and 集中 never open one.
    /// </summary>
    private static IEnumerable<(Mention Total, List<Mention> Items)> NamedItems(CheckInput input, IReadOnlyList<Mention> top)
    {
        var text = input.Report.Content;
        var bySentence = top.GroupBy(m => ClauseText.SentenceStart(text, m.Span.Start)).ToList();
        for (var s = 1; s < bySentence.Count; s++)
        {
            var start = bySentence[s].Key;
            if (text.IndexOf('中', start, Math.Min(20, text.Length - start)) < 0) continue;
            var opening = NamedOpening.Match(text, start, Math.Min(20, text.Length - start));
            if (!opening.Success) continue;
            var name = StatementWords.IndicatorName(opening.Groups[1].Value);
            var previousStart = ClauseText.SentenceStart(text, Math.Max(0, start - 1));
            if (bySentence[s - 1].Key != previousStart) continue;
            var total = bySentence[s - 1].FirstOrDefault(m => StatementWords.IndicatorName(m.Subject) == name);
            if (total is null) continue;
            var items = bySentence[s].Where(m => m.Unit == total.Unit && m.Dimension == total.Dimension).ToList();
            if (items.Count >= 2) yield return (total, items);
        }
    }

    // Verbs whose amount a sentence then splits by the means used (偿还债务本息 X，使用自有资金偿还 A，申请再融资债券偿还 B).
    private static readonly string[] MeansVerbs = ["偿还"];

    /// <summary>
    /// 偿还债务本息 X，使用自有资金偿还 A，申请再融资债券偿还 B: the amounts that follow in the sentence, each done by the
    /// same verb (the words before each end with it), are means of the first amount's doing and cannot exceed it.
    /// </summary>
    private static IEnumerable<(Mention Total, List<Mention> Items)> MeansOf(CheckInput input, IReadOnlyList<Mention> top)
    {
        for (var i = 0; i < top.Count; i++)
        {
            var total = top[i];
            var verb = MeansVerbs.FirstOrDefault(v => StatementWords.IndicatorName(total.Subject).StartsWith(v, StringComparison.Ordinal));
            if (verb is null) continue;
            var items = top.Skip(i + 1).TakeWhile(m => m.Sentence == total.Sentence && m.Unit == total.Unit &&
                input.WordsBefore(m.Span.Start).EndsWith(verb, StringComparison.Ordinal)).ToList();
            if (items.Count >= 2) yield return (total, items);
        }
    }

    // 主要收入项目是：… / 全市主要支出中，…: a sentence of selected items of the head figure of the sentence before.
    private static readonly System.Text.RegularExpressions.Regex MainItemsOpening = new(
        @"^\s*\S{0,4}?主要(收入|支出)(项目)?(是|中|为|有)[：:，,]?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A sentence opening with 主要收入项目是 or 主要支出中 lists selected items of the sentence before's head figure (its first
    /// amount, on the same side of the budget): they cannot exceed it. The items are the sentence's own amounts outside
    /// parentheses; changes and figures of another period are not items.
    /// </summary>
    private static IEnumerable<(Mention Total, List<Mention> Items)> MainItems(CheckInput input, IReadOnlyList<Mention> top)
    {
        var text = input.Report.Content;
        var k = 0;
        for (var at = text.IndexOf("主要", StringComparison.Ordinal); at >= 0; at = text.IndexOf("主要", at + 2, StringComparison.Ordinal))
        {
            var start = ClauseText.SentenceStart(text, at);
            if (start == 0 || at - start > 4) continue;
            var opening = MainItemsOpening.Match(text, start, Math.Min(16, text.Length - start));
            if (!opening.Success) continue;
            var side = opening.Groups[1].Value;
            var previousStart = ClauseText.SentenceStart(text, start - 1);
            var end = ClauseText.SentenceEnd(text, start);
            while (k < top.Count && top[k].Span.Start < previousStart) k++;
            var total = k < top.Count && top[k].Span.Start < start ? top[k] : null;
            if (total is null || !total.Subject.Contains(side, StringComparison.Ordinal)) continue;
            var items = top.Skip(k).SkipWhile(m => m.Span.Start < start).TakeWhile(m => m.Span.Start < end)
                .Where(m => m.Unit == total.Unit && m.Dimension == total.Dimension).ToList();
            if (items.Count >= 2) yield return (total, items);
        }
    }

    /// <summary>The words after a position, skipping punctuation and spaces, up to a length.</summary>
    private static string Words(string text, int at, int length)
    {
        var start = at;
        while (start < text.Length && start - at < 4 && (char.IsWhiteSpace(text[start]) || "，,。:：".Contains(text[start]))) start++;
        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    // 包括 A、B、C 等: the list runs to the item after which 等 closes it, or to a new statement, within the sentence.
    private static List<Mention> Included(string text, IReadOnlyList<Mention> top, int at)
    {
        var total = top[at];
        var end = ClauseText.SentenceEnd(text, total.Span.End);
        var parts = new List<Mention>();
        for (var k = at + 1; k < top.Count && top[k].Span.Start < end; k++)
        {
            var m = top[k];
            if (m.Unit != total.Unit) return [];
            var previousEnd = parts.Count == 0 ? total.Span.End : parts[^1].Span.End;
            var separator = text.AsSpan(previousEnd, m.Span.Start - previousEnd).IndexOfAny("，,；;、");
            // A semicolon or the next enumerator (；三是…) ends the list, as does a clause that starts a statement of its own.
            // What an amount brings about (带动投资 Y, 撬动, 拉动) is no part of it.
            if (LeverageWords.Any(w => text.AsSpan(previousEnd, m.Span.Start - previousEnd).Contains(w, StringComparison.Ordinal))) break;
            if (text.AsSpan(previousEnd, m.Span.Start - previousEnd).IndexOfAny('；', ';') >= 0 ||
                Enumerators.Any(e => text.AsSpan(previousEnd, m.Span.Start - previousEnd).Contains(e, StringComparison.Ordinal))) break;
            if (parts.Count > 0 && separator >= 0 && StatementWords.StartsNewStatement(ClauseText.After(text, previousEnd + separator + 1), text[previousEnd + separator])) break;
            parts.Add(m);
            if (Words(text, m.Span.End, 1) == "等") break;
        }
        return parts;
    }

    // 一是 A；二是 B；三是 C: the first amount after each enumerator, the enumeration starting right after the total's sentence.
    private static List<Mention> Enumerated(string text, IReadOnlyList<Mention> top, int at)
    {
        var total = top[at];
        var items = new List<Mention>();
        var from = total.Span.End;
        var k = at + 1;
        for (var e = 0; e < Enumerators.Length; e++)
        {
            var marker = text.IndexOf(Enumerators[e], from, Math.Min(600, text.Length - from), StringComparison.Ordinal);
            if (marker < 0) break;
            var next = e + 1 < Enumerators.Length ? text.IndexOf(Enumerators[e + 1], marker, Math.Min(600, text.Length - marker), StringComparison.Ordinal) : -1;
            var limit = next < 0 ? ClauseText.SentenceEnd(text, marker) : next;
            while (k < top.Count && top[k].Span.Start < marker) k++;
            if (k >= top.Count || top[k].Span.Start >= limit || top[k].Unit != total.Unit) return [];
            items.Add(top[k]);
            from = limit;
            if (next < 0) break;
        }
        return items;
    }

    private Finding Judge(CheckInput input, Mention total, IReadOnlyList<Mention> parts, bool exhaustive)
    {
        var sum = parts.Select(input.IntervalOf).Aggregate((a, b) => a + b);
        var stated = input.IntervalOf(total);
        var holds = exhaustive ? sum.Meets(stated) : Interval.PossiblyAtMost(sum, stated);
        var terms = string.Join(" + ", parts.Select(p => p.Text));
        var label = exhaustive ? "an enumeration of a total adds up to it" : "the items a total includes do not exceed it";
        return GenericFinding.About(Kind, [total, .. parts], label).Judged(stated, sum, holds, total.Unit) with
        {
            Message = exhaustive
                ? $"The enumerated parts {terms} = {IntervalText.Format(sum)} {total.Unit} {(holds ? "equal" : "do not equal")} the total {total.Text} = {IntervalText.Format(stated)} {total.Unit}."
                : $"The included parts {terms} = {IntervalText.Format(sum)} {total.Unit} {(holds ? "do not exceed" : "exceed")} the total {total.Text} = {IntervalText.Format(stated)} {total.Unit} (the list need not be exhaustive).",
        };
    }
}

/// <summary>A total and the parts a report lists for it without 其中; <paramref name="Exhaustive"/> when they spell out all of it.</summary>
public sealed record ListedParts(Mention Total, IReadOnlyList<Mention> Parts, bool Exhaustive);
