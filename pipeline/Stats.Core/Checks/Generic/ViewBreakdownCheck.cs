using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A total broken down "by" one dimension in the next statement (分产业看, 分级次看, 分收入结构看, 分征收部门…): the parts of
/// a dimension that covers its whole (the three industries, the levels of government, tax and non-tax revenue, the collecting
/// offices, town and country) must add up to the total stated before, the head figure of the nearest earlier sentence that is
/// not itself a breakdown (其中…, 分…看).
/// </summary>
public sealed class ViewBreakdownCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    private static readonly string[] WholeDimensions = ["产业", "级次", "收入结构", "征收部门", "城乡"];

    public string Kind => CheckKind.Parts.Name;

    public IEnumerable<Finding> Run(CheckInput input) =>
        input.ViewBreakdowns(partitions).Select(b => Judge(input, b.Total, b.Parts, b.Head));

    /// <summary>The breakdowns by one whole dimension: the total stated before, its parts, and the words that open them.</summary>
    public static IEnumerable<(Mention Total, IReadOnlyList<Mention> Parts, string Head)> Find(CheckInput input, IReadOnlyList<Partition> partitions)
    {
        var text = input.Report.Content;
        var top = input.TopStatedLevels.ToList();
        var bySentence = top.GroupBy(m => ClauseText.SentenceStart(text, m.Span.Start)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (start, inSentence) in bySentence)
        {
            var opening = Opening(text, start);
            // 其中 opening a paragraph is left to this check (a 其中 inside a paragraph is a Breakdown's); only a known
            // partition makes its parts the whole.
            var paragraphParts = opening.StartsWith("其中", StringComparison.Ordinal) && start > 0 && text[start - 1] is '\n' or '\r';
            if (!opening.StartsWith('分') && !paragraphParts) continue;
            var head = opening[..Math.Min(opening.Length, 12)];
            var parts = inSentence.Where(m => m.Unit == inSentence[0].Unit && m.Dimension == inSentence[0].Dimension).ToList();
            if (parts.Count < 2) continue;
            var partition = partitions.FirstOrDefault(p => p.Covers(parts));
            if (partition is null && (paragraphParts || !WholeDimensions.Any(w => head.Contains(w, StringComparison.Ordinal)))) continue;
            var total = TotalBefore(text, start, bySentence, parts[0]);
            if (total is null) continue;
            yield return (total, parts, head);
        }
    }

    /// <summary>A sentence's first words, without a leading item number (一、, 2., （三）) or spaces.</summary>
    internal static string Opening(string text, int start)
    {
        var words = ClauseText.After(text, start);
        var k = 0;
        while (k < words.Length && (char.IsDigit(words[k]) || "一二三四五六七八九十、.．（）()".Contains(words[k]))) k++;
        var next = start + words.Length + 1;
        return k < words.Length || next >= text.Length ? words[k..] : ClauseText.After(text, next);
    }

    private static Mention? TotalBefore(string text, int start, IReadOnlyDictionary<int, List<Mention>> bySentence, Mention part)
    {
        var at = start;
        for (var n = 0; n < 4 && at > 0; n++)
        {
            var end = at - 1;
            while (end > 0 && ClauseText.SentenceEnds.Contains(text[end]) && ClauseText.SentenceEnds.Contains(text[end - 1])) end--;
            at = ClauseText.SentenceStart(text, end);
            var opening = Opening(text, at);
            if (opening.StartsWith("其中", StringComparison.Ordinal) || opening.StartsWith('分')) continue;
            if (!bySentence.TryGetValue(at, out var levels) || levels.Count == 0) continue;
            var head = levels[0];
            return head.Unit == part.Unit && head.Dimension == part.Dimension ? head : null;
        }
        return null;
    }

    private Finding Judge(CheckInput input, Mention total, IReadOnlyList<Mention> parts, string head)
    {
        var sum = parts.Select(input.IntervalOf).Aggregate((a, b) => a + b);
        var stated = input.IntervalOf(total);
        var holds = sum.Meets(stated);
        return GenericFinding.About(Kind, [total, .. parts], "the parts of a total by one whole dimension add up to it").Judged(stated, sum, holds, total.Unit) with
        {
            Message = $"The parts by dimension ({head}) {string.Join(" + ", parts.Select(p => p.Text))} = {IntervalText.Format(sum)} {total.Unit} {(holds ? "equal" : "do not equal")} the total {total.Text} = {IntervalText.Format(stated)} {total.Unit}.",
        };
    }
}
