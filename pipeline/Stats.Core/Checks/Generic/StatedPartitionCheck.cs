using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A known partition's whole and its parts stated near each other without 其中: a table's rows (第二产业, 工业, 建筑业), the
/// sentences of one section (夏粮总产 A … 秋粮总产 B … 粮食总产量 C). Every part found must add up to the whole; some of them
/// cannot exceed it. A name is the partition's key and at most a word of measure (增加值, 总产量, 播种面积), so 第一产业投资 is
/// no part of 生产总值. Parts are taken nearest the whole, within <see cref="Window"/> characters of its section, in the
/// whole's unit, period and basis; a whole already broken down under 其中 or by a view (分产业看) is left to those checks.
/// </summary>
public sealed class StatedPartitionCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    private const int Window = 1500;

    private static readonly string[] Measures =
        ["", "增加值", "产量", "总产量", "总产", "面积", "播种面积", "类", "类面积", "类产量", "类播种面积", "收入", "人口", "债务", "余额", "债务余额"];

    public string Kind => CheckKind.Parts.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var levels = input.TopStatedLevels.Where(m => m.Kind is MentionKind.Amount or MentionKind.Quantity && m.Qualifier.Length == 0).ToList();
        var brokenDown = input.Breakdowns(partitions).Where(b => b.IsExhaustive).Select(b => b.Total.Id)
            .Concat(input.ViewBreakdowns(partitions).Select(v => v.Total.Id)).ToHashSet();
        foreach (var partition in partitions.Where(p => p.Total.Count > 0 && !p.IsFamily))
        {
            var named = levels.Select(m => (Figure: m, Name: Name(m))).ToList();
            foreach (var (whole, name) in named)
            {
                // A whole whose list under 其中 a diagnosis takes for not exhaustive is not held to the partition either.
                if (brokenDown.Contains(whole.Id) || input.NotExhaustive.Contains(whole.Id) || !partition.Total.Any(t => Measured(name, t))) continue;
                var parts = new List<Mention>();
                foreach (var key in partition.Keys)
                {
                    var nearest = named
                        .Where(x => x.Figure.Id != whole.Id && Measured(x.Name, key) && partition.KeyOf(x.Name) == key && Near(whole, x.Figure))
                        .OrderBy(x => Math.Abs(x.Figure.Span.Start - whole.Span.Start)).Select(x => x.Figure).FirstOrDefault();
                    if (nearest is not null) parts.Add(nearest);
                }
                if (parts.Count < 2) continue;
                yield return Judge(input, whole, parts.OrderBy(p => p.Span.Start).ToList(), partition, exhaustive: parts.Count == partition.Keys.Count);
            }
        }
    }

    // A figure's name: its indicator name without a table's 其中 and the spaces of a PDF's cells.
    private static string Name(Mention m)
    {
        var name = StatementWords.IndicatorName(m.Subject).Replace("\u3000", "", StringComparison.Ordinal);
        foreach (var lead in (string[])["其中:", "其中：", "其中"])
            if (name.StartsWith(lead, StringComparison.Ordinal)) name = name[lead.Length..];
        return name;
    }

    // The name is the word itself and at most a word of measure after it (粮食总产量, 第二产业增加值, 豆类面积).
    private static bool Measured(string name, string word) =>
        name.StartsWith(word, StringComparison.Ordinal) && Measures.Contains(name[word.Length..]);

    private static bool Near(Mention whole, Mention part) =>
        part.Section == whole.Section && Math.Abs(part.Span.Start - whole.Span.Start) <= Window &&
        part.Unit == whole.Unit && part.Dimension == whole.Dimension && part.Basis == whole.Basis && part.MayShareThePeriodOf(whole);

    private Finding Judge(CheckInput input, Mention whole, IReadOnlyList<Mention> parts, Partition partition, bool exhaustive)
    {
        var total = input.IntervalOf(whole);
        var sum = parts.Select(input.IntervalOf).Aggregate((a, b) => a + b);
        var holds = exhaustive ? sum.Meets(total) : Interval.PossiblyAtMost(sum, total);
        var terms = string.Join(" + ", parts.Select(p => p.Text));
        var relation = (exhaustive, holds) switch
        {
            (true, true) => "equal",
            (true, false) => "do not equal",
            (false, true) => "do not exceed",
            (false, false) => "exceed",
        };
        var label = exhaustive ? "a known partition's parts stated apart add up to its whole" : "some parts of a known partition stated apart do not exceed its whole";
        return GenericFinding.About(Kind, [whole, .. parts], label).Judged(total, sum, holds, whole.Unit) with
        {
            Message = $"The parts {terms} = {IntervalText.Format(sum)} {whole.Unit} {relation} the whole {whole.Text} = {IntervalText.Format(total)} {whole.Unit} ({partition.Label}{(exhaustive ? "" : "; not every part is stated")}).",
        };
    }
}
