using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Shares that partition one whole, stated in one sentence, add up to 100 within their rounding: the shares of the first,
/// second and third industries in a total (第一产业增加值占生产总值的比重为 a，第二产业… b，第三产业… c), and the three
/// industries' contribution rates to growth (第一、二、三产业的贡献率分别为 a、b 和 c). Growth rates of the industries are
/// not shares and never take part.
/// </summary>
public sealed class ShareSumCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    private static readonly string[] Industries = ["第一产业", "第二产业", "第三产业"];
    private static readonly string[] ListedIndustries = ["一、二、三产业", "一二三产业", "二、三产业", "三次产业"];
    private static readonly string[] ShareWords = ["比重", "占比", "贡献率", "占"];

    public string Kind => CheckKind.ShareSum.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        foreach (var sentence in input.Figures.Where(m => m.Kind == MentionKind.Percent && m.Role != Role.Growth).GroupBy(m => m.Sentence))
        {
            var rates = sentence.ToList();
            var named = new Mention?[3];
            var listed = new List<Mention>();
            foreach (var m in rates)
            {
                var words = m.Subject + input.WordsBefore(m.Span.Start);
                if (!ShareWords.Any(w => words.Contains(w, StringComparison.Ordinal)) && m.Role != Role.Share) continue;
                var index = Array.FindIndex(Industries, w => words.Contains(w, StringComparison.Ordinal));
                if (index >= 0 && !ListedIndustries.Any(w => words.Contains(w, StringComparison.Ordinal))) named[index] ??= m;
                else if (ListedIndustries.Any(w => words.Contains(w, StringComparison.Ordinal)) && IsListedAfterRespectively(text, m)) listed.Add(m);
            }
            IReadOnlyList<Mention>? shares = named.All(m => m is not null) ? named.Select(m => m!).ToList() : listed.Count == 3 ? listed : null;
            if (shares is null || shares.Select(m => Contribution(text, m)).Distinct().Count() != 1) continue;
            yield return Judge(input, shares);
        }
        foreach (var finding in ShareChanges(input)) yield return finding;
        foreach (var finding in TableShareGroups(input)) yield return finding;
    }

    /// <summary>
    /// A table's share column (比重(%)) over rows listed under 其中 (其中:城镇 A a | 乡村 B b; 其中:0-17岁 …): the rows of one
    /// 其中 are parts of one whole, so their shares add up to 100 when a known partition covers them (城镇 and 乡村) and to at
    /// most 100 otherwise.
    /// </summary>
    private IEnumerable<Finding> TableShareGroups(CheckInput input)
    {
        var text = input.Report.Content;
        var group = new List<(Mention Share, Mention Level)>();
        var lastLine = -1;
        foreach (var share in input.Figures)
        {
            if (share is not { Role: Role.Share, Kind: MentionKind.Percent } || input.ById(share.LinkedTo) is not { } level || level.Sentence != share.Sentence) continue;
            var line = text.LastIndexOf('\n', Math.Max(0, share.Span.Start - 1));
            // A row of a table with bars: the share stands in its column, after its level.
            if (text.AsSpan(level.Span.End, share.Span.Start - level.Span.End).Trim() is not "|") continue;
            var opens = text.AsSpan(line + 1, level.Span.Start - line - 1).Contains("其中", StringComparison.Ordinal);
            var adjacent = group.Count > 0 && text.IndexOf('\n', lastLine + 1) == line;
            if (opens || !adjacent)
            {
                if (Group(input, group) is { } finding) yield return finding;
                group.Clear();
                if (!opens) { lastLine = line; continue; }
            }
            group.Add((share, level));
            lastLine = line;
        }
        if (Group(input, group) is { } last) yield return last;
    }

    private Finding? Group(CheckInput input, IReadOnlyList<(Mention Share, Mention Level)> group)
    {
        if (group.Count < 2) return null;
        var shares = group.Select(g => g.Share).ToList();
        var names = group.Select(g => g.Level with { Subject = StatementWords.RowName(g.Level.Subject) }).ToList();
        var exhaustive = partitions.Any(p => p.Covers(names));
        var sum = shares.Select(input.IntervalOf).Aggregate((a, b) => a + b);
        var whole = Interval.Point(100m);
        var holds = exhaustive ? sum.Meets(whole) : Interval.PossiblyAtMost(sum, whole);
        var label = exhaustive ? "a table's shares of one whole's parts add up to 100" : "a table's shares of some parts of one whole add up to at most 100";
        return GenericFinding.About(Kind, shares, label).Judged(whole, sum, holds, "%") with
        {
            Message = $"{string.Join(" + ", shares.Select(s => s.Text))} = {IntervalText.Format(sum)}%, which {(holds ? (exhaustive ? "meets" : "does not exceed") : (exhaustive ? "misses" : "exceeds"))} 100% ({(exhaustive ? "the rows cover the whole" : "the rows need not cover the whole")}).",
        };
    }

    // The three industries as a report may name them in a sentence of share changes (一产、三产占比…，二产占比…).
    private static readonly string[][] IndustryNames = [["第一产业", "一产"], ["第二产业", "二产", "第二、"], ["第三产业", "三产", "第三、"]];

    /// <summary>
    /// The changes of the three industries' shares of one whole, told in one sentence in percentage points (一产、三产占比分别
    /// 降低了 a、b 个百分点，二产占比提高了 c 个百分点), add up to zero within their rounding: the shares add up to 100 in
    /// both years.
    /// </summary>
    private IEnumerable<Finding> ShareChanges(CheckInput input)
    {
        var text = input.Report.Content;
        foreach (var sentence in input.Figures.Where(m => m is { Kind: MentionKind.PercentagePoints, Role: Role.Growth }).GroupBy(m => m.Sentence))
        {
            var changes = sentence.ToList();
            var words = input.Report.Slice(sentence.Key);
            if (changes.Count != 3 || changes.Any(m => m.Unit != "个百分点") || !(words.Contains("比重", StringComparison.Ordinal) || words.Contains("占比", StringComparison.Ordinal)) ||
                !IndustryNames.All(names => names.Any(n => words.Contains(n, StringComparison.Ordinal)))) continue;
            var sum = changes.Select(m => input.IntervalOf(m) * m.Sign).Aggregate((a, b) => a + b);
            var zero = Interval.Point(0m);
            var holds = sum.Meets(zero);
            var terms = string.Join(" ", changes.Select((m, i) => (i, m.Sign) switch { (0, < 0) => "-", (0, _) => "", (_, < 0) => "- ", _ => "+ " } + m.Text));
            yield return GenericFinding.About(Kind, changes, "the changes of the three industries' shares add up to zero").Judged(zero, sum, holds, "个百分点") with
            {
                Message = $"{terms} = {IntervalText.Format(sum)} 个百分点, which {(holds ? "meets" : "misses")} zero, as changes of shares that add up to 100 must.",
            };
        }
    }

    private static bool Contribution(string text, Mention m) =>
        (m.Subject + ClauseText.Before(text, m.Span.Start)).Contains("贡献率", StringComparison.Ordinal);

    private static bool IsListedAfterRespectively(string text, Mention m)
    {
        var start = ClauseText.SentenceStart(text, m.Span.Start);
        var respectively = text.LastIndexOf("分别", m.Span.Start, m.Span.Start - start, StringComparison.Ordinal);
        return respectively >= 0 && m.Span.Start - respectively < 40;
    }

    private Finding Judge(CheckInput input, IReadOnlyList<Mention> shares)
    {
        var sum = shares.Select(input.IntervalOf).Aggregate((a, b) => a + b);
        var whole = Interval.Point(100m);
        var holds = sum.Meets(whole);
        return GenericFinding.About(Kind, shares, "the shares of the three industries add up to 100").Judged(whole, sum, holds, shares[0].Kind == MentionKind.PercentagePoints ? "个百分点" : "%") with
        {
            Message = $"{string.Join(" + ", shares.Select(s => s.Text))} = {IntervalText.Format(sum)}%, which {(holds ? "meets" : "misses")} 100%.",
        };
    }
}
