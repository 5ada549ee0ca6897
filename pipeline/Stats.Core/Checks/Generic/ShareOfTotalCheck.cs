using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A share whose total stands elsewhere in the report: X 占 Y (的)比重为 p% links to the levels of X and Y stated before it
/// (the part may be the level the share follows). Subjects are compared after dropping the words of place and of doing
/// (全县, 实现, 地区), so 第一产业实现增加值 is 第一产业增加值 and GDP is 生产总值; each name is looked up in one index of the
/// levels stated so far, so the cost stays linear in the text.
/// </summary>
public sealed class ShareOfTotalCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    private static readonly string[] Endings = ["的比重", "比重", "的比例", "比例", "的"];

    public string Kind => CheckKind.Share.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        var inBreakdown = input.Breakdowns(partitions).SelectMany(b => b.Parts).Select(p => p.Id).ToHashSet();
        var stated = new Dictionary<string, Mention>(StringComparer.Ordinal);
        // A name is read from a subject once: many figures share a subject.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Name(string subject)
        {
            if (!names.TryGetValue(subject, out var name)) names[subject] = name = StatementWords.IndicatorName(subject);
            return name;
        }
        var byEnd = new Dictionary<int, Mention>();
        foreach (var f in input.Figures) byEnd[f.Span.End] = f;
        foreach (var m in input.Figures)
        {
            if (Breakdown.IsLevel(m) && Breakdown.IsStatedLevel(input, m) && Name(m.Subject) is { Length: >= 2 } name)
            {
                stated[name] = m;
                continue;
            }
            if (m.Kind != MentionKind.Percent || m.Role == Role.Growth) continue;
            var words = m.Subject.Contains('占') ? m.Subject : input.WordsBefore(m.Span.Start);
            var at = words.IndexOf('占');
            var linked = input.ById(m.LinkedTo);
            if (linked is not null && inBreakdown.Contains(linked.Id)) continue;
            if (at < 0 || words.StartsWith("占比", StringComparison.Ordinal))
            {
                // 余额 T（一般债务 A，占比 p；专项债务 B，占比 q）: a share of a part listed in parentheses right after its total.
                if (linked is not null && words.StartsWith("占比", StringComparison.Ordinal) && HeadOfParentheses(input, byEnd, linked) is { } head)
                    yield return Judge(input, linked, head, m);
                continue;
            }
            var partName = Name(words[..at]);
            var totalName = Name(Strip(words[(at + 1)..]));
            var part = partName.Length >= 2 && stated.TryGetValue(partName, out var p) ? p : linked;
            if (part is null || totalName.Length < 2 || !stated.TryGetValue(totalName, out var total) || total == part) continue;
            if (part.Unit != total.Unit || part.Dimension != total.Dimension || (part.Period is { } a && total.Period is { } b && a != b)) continue;
            yield return Judge(input, part, total, m);
        }
    }

    /// <summary>The level right before the parentheses a part stands in, of the part's unit, or null.</summary>
    private static Mention? HeadOfParentheses(CheckInput input, IReadOnlyDictionary<int, Mention> byEnd, Mention part)
    {
        var text = input.Report.Content;
        var open = -1;
        for (var k = part.Span.Start - 1; k >= ClauseText.SentenceStart(text, part.Span.Start); k--)
        {
            if (text[k] is '）' or ')') return null;
            if (text[k] is '（' or '(') { open = k; break; }
        }
        if (open < 0) return null;
        var head = byEnd.GetValueOrDefault(open) ?? (open > 0 && text[open - 1] == ' ' ? byEnd.GetValueOrDefault(open - 1) : null);
        return head is not null && Breakdown.IsLevel(head) && head.Unit == part.Unit && head.Dimension == part.Dimension && Breakdown.IsStatedLevel(input, head) ? head : null;
    }

    private static string Strip(string words)
    {
        foreach (var ending in Endings)
            if (words.EndsWith(ending, StringComparison.Ordinal)) return words[..^ending.Length];
        return words;
    }

    private Finding Judge(CheckInput input, Mention part, Mention total, Mention share)
    {
        var stated = input.IntervalOf(share);
        var finding = GenericFinding.About(Kind, [total, part, share], "a stated share equals part / total") with { Expected = stated };
        if (Interval.Divide(input.IntervalOf(part), input.IntervalOf(total)).Value is not { } quotient)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The total {total.Text} may be zero, so the share {share.Text} cannot be recomputed." };
        var computed = quotient * 100m;
        var holds = computed.Meets(stated);
        return finding.Judged(stated, computed, holds, "%") with
        {
            Message = $"{part.Text} / {total.Text} = {IntervalText.Format(computed)}% {(holds ? "meets" : "misses")} the stated share {share.Text} = {IntervalText.Format(stated)}%.",
        };
    }
}
