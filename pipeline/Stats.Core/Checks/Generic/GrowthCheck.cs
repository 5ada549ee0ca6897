using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Growth coherence: the growth of a total must follow from its exhaustive parts' levels and growth rates (base-year value =
/// value / (1 + g)); and a level with a growth rate must agree with the previous period's level where the report states it.
/// Real growth (按可比价格, 不变价格) cannot be recomputed from nominal levels: such checks are not evaluable.
/// </summary>
public sealed partial class GrowthCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    private static readonly string[] RealGrowthMarkers = ["可比价", "不变价"];

    // Bulletins state the growth of GDP and of value added at comparable prices, often saying so once for the whole section.
    private static readonly string[] RealByConvention = ["生产总值", "增加值", "GDP"];

    public string Kind => CheckKind.Growth.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        foreach (var b in input.Breakdowns(partitions).Where(b => b.IsExhaustive))
            if (Coherence(input, b.Total, b.Parts) is { } finding) yield return finding;
        // A breakdown by one whole dimension (分产业看…) is exhaustive too, unless a 其中 list already gave the same parts.
        var seen = input.Breakdowns(partitions).Where(b => b.IsExhaustive).Select(b => b.Total.Id).ToHashSet();
        foreach (var (total, parts, _) in input.ViewBreakdowns(partitions))
            if (!seen.Contains(total.Id) && Coherence(input, total, parts) is { } finding) yield return finding;
        // A known partition stated apart (a table's 第二产业, 工业 and 建筑业 rows with their growth column) is exhaustive too.
        foreach (var (total, parts, _, exhaustive) in input.StatedPartitions(partitions))
            if (exhaustive && seen.Add(total.Id) && Coherence(input, total, parts) is { } finding) yield return finding;
        // Parts with growth rates whose list is not exhaustive, or not every part's growth is told: their levels a year before
        // still cannot exceed the total's a year before.
        var lists = input.Breakdowns(partitions).Select(b => (b.Total, b.Parts, b.IsExhaustive))
            .Concat(input.ListedParts.Select(l => (l.Total, l.Parts, l.Exhaustive)));
        foreach (var (total, parts, exhaustive) in lists)
        {
            if (input.GrowthOf(total) is not { } totalGrowth || IsReal(input, totalGrowth) || IsSigned(total)) continue;
            var grown = parts.Select(p => (Part: p, Growth: input.GrowthOf(p)!)).Where(x => x.Growth is not null).ToList();
            if (grown.Count == 0 || (exhaustive && grown.Count == parts.Count) || grown.Any(x => IsReal(input, x.Growth) || IsSigned(x.Part))) continue;
            yield return BasesWithin(input, total, totalGrowth, grown);
        }
        foreach (var finding in ViewGrowths(input)) yield return finding;
        // A change (比上年增加 21884万元) is no level of either year.
        var levels = input.Figures.Where(m => Breakdown.IsLevel(m) && !StatementWords.IsChange(input.WordsBefore(m.Span.Start))).ToList();
        // The first level of each subject, unit and period, found once: the previous level of a level with a growth rate.
        var firstOf = new Dictionary<(string, string, int), Mention>();
        foreach (var m in levels)
            if (m.Period is { } p) firstOf.TryAdd((m.Subject, m.Unit, p), m);
        foreach (var level in levels)
        {
            var growth = input.GrowthOf(level);
            if (growth is null || level.Period is not { } year || level.Subject.Length == 0) continue;
            var previous = firstOf.GetValueOrDefault((level.Subject, level.Unit, year - 1));
            if (previous is null) continue;
            yield return CompareWithPrevious(input, level, growth, previous);
        }
        // 收入增长 r%，达到 B (a target, or an outcome told growth first): the level after the rate, against the year before's.
        var figures = input.Figures;
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (growth, level) = (figures[i], figures[i + 1]);
            if (growth is not { Kind: MentionKind.Percent, Role: Role.Growth, LinkedTo: null } || growth.Sign < 0 || !Breakdown.IsLevel(level)) continue;
            if (level.Sentence != growth.Sentence || level.Period is not { } year || level.Subject.Length > 0) continue;
            if (!ReachesLevel(input.Report.Content[growth.Span.End..level.Span.Start])) continue;
            var name = GrowthSuffixes.Aggregate(growth.Subject, (words, suffix) => words.EndsWith(suffix, StringComparison.Ordinal) ? words[..^suffix.Length] : words);
            if (firstOf.GetValueOrDefault((name, level.Unit, year - 1)) is { } previous)
                yield return CompareWithPrevious(input, level, growth, previous);
        }
    }

    private static readonly string[] GrowthSuffixes = ["增长", "同比", "比上年"];

    // Only a separator and a verb that reaches a level stand between the rate and its level: ，达到 / 、达 / ，突破.
    private static bool ReachesLevel(string between)
    {
        var words = between.Replace(" ", "", StringComparison.Ordinal).Replace("左右", "", StringComparison.Ordinal);
        return words is "，达到" or "，达" or "、达到" or "、达" or ",达到" or ",达" or "，突破" or "、突破";
    }

    /// <summary>An exhaustive breakdown's growth coherence, when the total and every part have a growth rate.</summary>
    private Finding? Coherence(CheckInput input, Mention total, IReadOnlyList<Mention> parts)
    {
        var totalGrowth = input.GrowthOf(total);
        var partGrowths = parts.Select(input.GrowthOf).ToList();
        return totalGrowth is null || partGrowths.Any(g => g is null)
            ? null
            : Compare(input, total, totalGrowth, parts.Zip(partGrowths, (p, g) => (p, g!)).ToList());
    }

    /// <summary>The stated growth as a signed percentage interval.</summary>
    private static Interval Rate(CheckInput input, Mention growth) => input.IntervalOf(growth) * growth.Sign;

    private static Quotient BaseOf(Interval level, Interval growthPercent) => Interval.Divide(level, growthPercent / 100m + 1m);

    // A GDP table's rows name the industries bare (第二产业, 工业): their value added, whose growth is at comparable prices.
    private static readonly string[] IndustryRows = ["第一产业", "第二产业", "第三产业", "工业", "建筑业"];

    private static bool IsReal(CheckInput input, Mention growth) =>
        input.RealGrowth.Contains(growth.Id) || RealGrowthMarkers.Any(input.Report.Slice(growth.Sentence).Contains) ||
        (input.ById(growth.LinkedTo) is { } level && (RealByConvention.Any(w => level.Subject.Contains(w, StringComparison.Ordinal)) ||
            IndustryRows.Contains(StatementWords.RowName(level.Subject)))) ||
        (growth.LinkedTo is null && RealByConvention.Any(w => growth.Subject.Contains(w, StringComparison.Ordinal)));

    private Finding Compare(CheckInput input, Mention total, Mention totalGrowth, IReadOnlyList<(Mention Part, Mention Growth)> parts)
    {
        var evidence = new List<Mention> { total, totalGrowth };
        foreach (var (p, g) in parts) evidence.AddRange([p, g]);
        var stated = Rate(input, totalGrowth);
        var finding = NewFinding(evidence, stated, "the growth of a total follows from its parts' growth");
        if (evidence.Where(m => m.Role == Role.Growth).Any(g => IsReal(input, g)))
            return BetweenParts(input, finding, totalGrowth, parts);
        var now = parts.Select(x => input.IntervalOf(x.Part)).Aggregate((a, b) => a + b);
        var bases = parts.Select(x => BaseOf(input.IntervalOf(x.Part), Rate(input, x.Growth)).Value).ToList();
        var before = bases.Any(b => b is null) ? null : bases.Select(b => b!).Aggregate((a, b) => a + b);
        if (before is null || Interval.Divide(now, before).Value is not { } ratio)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"A base-year level of {total.Text}'s parts may be zero, so its growth cannot be recomputed." };
        var implied = (ratio - 1m) * 100m;
        var holds = implied.Meets(stated);
        var terms = string.Join(" + ", parts.Select(x => $"{x.Part.Text}/(1{(x.Growth.Sign < 0 ? "-" : "+")}{x.Growth.Text})"));
        return finding.Judged(stated, implied, holds, "%") with
        {
            Message = $"The parts imply a base-year total of {terms} = {IntervalText.Format(before)} {total.Unit}, so growth of {IntervalText.Format(implied)}%, which {(holds ? "meets" : "misses")} the stated {totalGrowth.Text} = {IntervalText.Format(stated)}%.",
        };
    }

    /// <summary>
    /// Real growth cannot be recomputed from nominal levels, but at constant prices the total's volume is the sum of its
    /// parts' volumes, so its growth is their growth weighted by base-year volumes: it lies between the smallest and the
    /// largest. Outside them is a warning, not a failure: chain-linked volumes add up only approximately.
    /// </summary>
    private static Finding BetweenParts(CheckInput input, Finding finding, Mention totalGrowth, IReadOnlyList<(Mention Part, Mention Growth)> parts)
    {
        var rates = parts.Select(x => Rate(input, x.Growth)).ToList();
        var lowest = rates.Aggregate(Interval.Min);
        var highest = rates.Aggregate(Interval.Max);
        var range = Interval.Of(lowest.Lower, lowest.LowerClosed, highest.Upper, highest.UpperClosed);
        var stated = Rate(input, totalGrowth);
        var holds = stated.Meets(range);
        var list = string.Join("、", parts.Select(x => (x.Growth.Sign < 0 ? "-" : "") + x.Growth.Text));
        return finding.Judged(range, stated, holds, "%") with
        {
            Status = holds ? CheckStatus.Pass : CheckStatus.Warn,
            Label = "a total's real growth lies between its parts' growth rates",
            Message = $"At comparable prices the growth of the total is a weighted mean of its parts' growth ({list}), so it lies in {IntervalText.Format(range)}%; the stated {totalGrowth.Text} = {IntervalText.Format(stated)}% {(holds ? "does" : "does not")}.",
        };
    }

    // The number a view's words give its parts: 分三大门类看 has three, 八大类 eight.
    [System.Text.RegularExpressions.GeneratedRegex(@"([一二三四五六七八九十])(大|次|个)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CountedView();

    /// <summary>
    /// A total's growth rate and, in the next sentence, its growth by one whole dimension told without levels (分三大门类看，
    /// 采矿业下降 a%，制造业增长 b%…; 分类别看，食品烟酒类上涨 c%…). Whatever the weights, a growth rate of a whole is a mean of its
    /// parts' rates weighted by their base-year levels (a price index's by its basket), so it lies between the smallest and the
    /// largest. The parts make up the whole when a known partition covers them, when the view counts them (三大门类 with three
    /// parts), or for the eight categories of a consumer price index. Outside them is a warning: volumes chain-linked at
    /// comparable prices add up only approximately.
    /// </summary>
    private IEnumerable<Finding> ViewGrowths(CheckInput input)
    {
        var text = input.Report.Content;
        var growths = input.Figures.Where(m => m is { Kind: MentionKind.Percent, Role: Role.Growth }).ToList();
        for (var i = 1; i < growths.Count; i++)
        {
            var start = growths[i].Sentence.Start;
            if (growths[i - 1].Sentence.Start == start) continue;
            var opening = ViewBreakdownCheck.Opening(text, start);
            var look = opening.IndexOf('看', StringComparison.Ordinal);
            if (!opening.StartsWith('分') || look < 0 || look > 10) continue;
            // The view runs to the full stop: its parts may stand in clauses split by semicolons.
            var stop = text.IndexOfAny(['。', '\n'], start);
            var end = stop < 0 ? text.Length : stop;
            var parts = growths.Skip(i).TakeWhile(m => m.Span.Start < end).ToList();
            var total = growths[i - 1];
            if (parts.Count < 2 || parts.Any(p => p.LinkedTo is not null) || total.Sentence.End + 2 < start) continue;
            var head = opening[..look];
            var counted = CountedView().Match(head) is { Success: true } m ? ChineseNumeral.Evaluate(m.Groups[1].Value) : null;
            var whole = partitions.Any(p => p.Covers(parts)) || counted == parts.Count ||
                (head.Contains("类别", StringComparison.Ordinal) && parts.Count == 8 && input.Report.Slice(total.Sentence).Contains("消费价格", StringComparison.Ordinal));
            if (!whole) continue;
            yield return Between(input, total, parts, head);
        }
    }

    private Finding Between(CheckInput input, Mention total, IReadOnlyList<Mention> parts, string head)
    {
        var finding = NewFinding([total, .. parts], Rate(input, total), "a total's growth lies between its parts' growth rates");
        var rates = parts.Select(p => Rate(input, p)).ToList();
        var lowest = rates.Aggregate(Interval.Min);
        var highest = rates.Aggregate(Interval.Max);
        var range = Interval.Of(lowest.Lower, lowest.LowerClosed, highest.Upper, highest.UpperClosed);
        var stated = Rate(input, total);
        var holds = stated.Meets(range);
        var list = string.Join("、", parts.Select(p => (p.Sign < 0 ? "-" : "") + p.Text));
        return finding.Judged(range, stated, holds, "%") with
        {
            Status = holds ? CheckStatus.Pass : CheckStatus.Warn,
            Message = $"The growth of a whole is a mean of its parts' growth ({head}: {list}) weighted by their base-year levels, so it lies in {IntervalText.Format(range)}%; the stated {total.Text} = {IntervalText.Format(stated)}% {(holds ? "does" : "does not")}.",
        };
    }

    // Levels that may turn negative: their growth rates say nothing of last year's size.
    private static readonly string[] SignedWords = ["利润", "亏损", "结余", "赤字", "差额", "净"];

    private static bool IsSigned(Mention level) => SignedWords.Any(w => level.Subject.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// Parts of a total, each with its growth rate, were parts of it a year before too: their levels then (level / (1 + g))
    /// add up to at most the total's level then. A bound, not an equality: the list need not hold every part.
    /// </summary>
    private Finding BasesWithin(CheckInput input, Mention total, Mention totalGrowth, IReadOnlyList<(Mention Part, Mention Growth)> parts)
    {
        var evidence = new List<Mention> { total, totalGrowth };
        foreach (var (p, g) in parts) evidence.AddRange([p, g]);
        var finding = NewFinding(evidence, Rate(input, totalGrowth), "parts' levels a year before do not exceed their total's");
        var totalBase = BaseOf(input.IntervalOf(total), Rate(input, totalGrowth)).Value;
        var bases = parts.Select(x => BaseOf(input.IntervalOf(x.Part), Rate(input, x.Growth)).Value).ToList();
        if (input.IntervalOf(total).Upper is null)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The total {total.Text} is only a lower bound, so its parts' levels a year before cannot exceed it." };
        if (totalBase is null || bases.Any(b => b is null))
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"A growth rate of {total.Text} or of its parts is a fall of 100%, so last year's levels cannot be recomputed." };
        var before = bases.Select(b => b!).Aggregate((a, b) => a + b);
        var holds = Interval.PossiblyAtMost(before, totalBase);
        var terms = string.Join(" + ", parts.Select(x => $"{x.Part.Text}/(1{(x.Growth.Sign < 0 ? "-" : "+")}{x.Growth.Text})"));
        return finding.Judged(totalBase, before, holds, total.Unit) with
        {
            Message = $"A year before, the parts were {terms} = {IntervalText.Format(before)} {total.Unit}, which {(holds ? "does not exceed" : "exceeds")} the total's {total.Text}/(1{(totalGrowth.Sign < 0 ? "-" : "+")}{totalGrowth.Text}) = {IntervalText.Format(totalBase)} {total.Unit}.",
        };
    }

    private Finding CompareWithPrevious(CheckInput input, Mention level, Mention growth, Mention previous)
    {
        var evidence = new List<Mention> { previous, level, growth };
        var stated = Rate(input, growth);
        var finding = NewFinding(evidence, stated, "a level and its growth agree with the previous level");
        if (IsReal(input, growth))
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The growth {growth.Text} is at comparable prices (按可比价格), which cannot be recomputed from the nominal levels {previous.Text} and {level.Text}." };
        if (Interval.Divide(input.IntervalOf(level), input.IntervalOf(previous)).Value is not { } ratio)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The previous level {previous.Text} may be zero, so growth cannot be recomputed." };
        var implied = (ratio - 1m) * 100m;
        var holds = implied.Meets(stated);
        return finding.Judged(stated, implied, holds, "%") with
        {
            Message = $"{level.Text} / {previous.Text} - 1 = {IntervalText.Format(implied)}%, which {(holds ? "meets" : "misses")} the stated growth {growth.Text} = {IntervalText.Format(stated)}%.",
        };
    }

    private Finding NewFinding(IReadOnlyList<Mention> evidence, Interval stated, string label) =>
        GenericFinding.About(Kind, evidence, label) with { Expected = stated };
}
