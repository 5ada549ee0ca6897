using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A known partition's whole and its parts stated near each other without 其中: a table's rows (第二产业, 工业, 建筑业), the
/// sentences of one section (夏粮总产 A … 秋粮总产 B … 粮食总产量 C). Every part found must add up to the whole; some of them,
/// or the members of a family (稻谷, 小麦, 玉米 of 谷物), cannot exceed it. A name is the partition's key and at most a word of measure (增加值, 总产量, 播种面积), so 第一产业投资 is
/// no part of 生产总值. Parts are taken nearest the whole, within <see cref="Window"/> characters of it, in the
/// whole's unit, period and basis; a whole already broken down under 其中 or by a view (分产业看) is left to those checks.
/// </summary>
public sealed class StatedPartitionCheck(IReadOnlyList<Partition> partitions) : IGenericCheck
{
    private const int Window = 1500;

    // Words of measure a name may carry after its key, by what they measure: value added (or a table's bare label), output,
    // output value, sown area, revenue, population, debt. A part and its whole measure the same, unless one is a bare label.
    private static readonly Dictionary<string, string> Measures = new()
    {
        [""] = "", ["增加值"] = "value added", ["类"] = "",
        ["产量"] = "output", ["总产量"] = "output", ["总产"] = "output", ["类产量"] = "output",
        ["产值"] = "value", ["总产值"] = "value",
        ["面积"] = "area", ["播种面积"] = "area", ["类面积"] = "area", ["类播种面积"] = "area",
        ["收入"] = "revenue", ["人口"] = "population", ["债务"] = "debt", ["余额"] = "debt", ["债务余额"] = "debt",
    };

    public string Kind => CheckKind.Parts.Name;

    public IEnumerable<Finding> Run(CheckInput input) =>
        input.StatedPartitions(partitions).Select(f => Judge(input, f.Whole, f.Parts, f.Partition, f.IsExhaustive));

    /// <summary>The wholes of known partitions with the parts stated near them, one list per whole and partition.</summary>
    public static IEnumerable<(Mention Whole, IReadOnlyList<Mention> Parts, Partition Partition, bool IsExhaustive)> Find(CheckInput input, IReadOnlyList<Partition> partitions)
    {
        var levels = input.TopStatedLevels.Where(m => m.Kind is MentionKind.Amount or MentionKind.Quantity && m.Qualifier.Length == 0).ToList();
        var brokenDown = input.Breakdowns(partitions).Where(b => b.IsExhaustive).Select(b => b.Total.Id)
            .Concat(input.ViewBreakdowns(partitions).Select(v => v.Total.Id)).ToHashSet();
        var named = levels.Select(m => (Figure: m, Name: Name(m))).ToList();
        var found = new List<(Mention Whole, List<Mention> Parts, Partition Partition)>();
        foreach (var partition in partitions.Where(p => p.Total.Count > 0))
        {
            foreach (var (whole, name) in named)
            {
                // A whole whose list under 其中 a diagnosis takes for not exhaustive is not held to the partition either.
                if (brokenDown.Contains(whole.Id) || input.NotExhaustive.Contains(whole.Id) || !partition.Total.Any(t => Measured(name, t))) continue;
                var measure = MeasureOf(name, partition.Total.First(t => Measured(name, t)));
                var parts = new List<Mention>();
                foreach (var key in partition.Keys)
                {
                    var nearest = named
                        .Where(x => x.Figure.Id != whole.Id && Measured(x.Name, key) && partition.KeyOf(x.Name) == key && Near(whole, x.Figure) &&
                            MeasureOf(x.Name, key) is var m && (m == measure || m.Length == 0 || measure.Length == 0))
                        .OrderBy(x => Math.Abs(x.Figure.Span.Start - whole.Span.Start)).Select(x => x.Figure).FirstOrDefault();
                    if (nearest is not null) parts.Add(nearest);
                }
                if (parts.Count >= 2) found.Add((whole, parts.OrderBy(p => p.Span.Start).ToList(), partition));
            }
        }
        foreach (var (whole, parts, partition) in found)
            if (!found.Any(f => f.Whole.Id == whole.Id && Within(parts, f.Parts)))
                yield return (whole, parts, partition, !partition.IsFamily && parts.Count == partition.Keys.Count);
    }

    // Two variants of one partition (牧业, 畜牧业) may find parts of one whole: a list within another's is left out.
    private static bool Within(List<Mention> parts, List<Mention> other) => parts.Count < other.Count && parts.All(other.Contains);

    private static string Name(Mention m) => StatementWords.RowName(m.Subject);

    // The name is the word itself and at most a word of measure after it (粮食总产量, 第二产业增加值, 豆类面积).
    private static bool Measured(string name, string word) =>
        name.StartsWith(word, StringComparison.Ordinal) && Measures.ContainsKey(name[word.Length..]);

    private static string MeasureOf(string name, string word) => Measures[name[word.Length..]];

    private static bool Near(Mention whole, Mention part) =>
        Math.Abs(part.Span.Start - whole.Span.Start) <= Window &&
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
