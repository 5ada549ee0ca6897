using Deedle;

namespace Stats.Reporting.Tables;

/// <summary>
/// One subject's figures indexed by period, as a Deedle frame with the columns implied_base (a base-year value implied by
/// a growth rate), actual and target; the year-on-year change is computed on the key-aligned level series.
/// </summary>
public sealed class PeriodFigures
{
    public const string ImpliedBase = "implied_base";
    public const string Actual = "actual";
    public const string Target = "target";

    private static readonly string[] Precedence = [Actual, Target, ImpliedBase];

    private PeriodFigures(Frame<int, string> frame, Series<int, decimal> level)
    {
        Frame = frame;
        Level = level;
    }

    /// <summary>Rows are periods in ascending order; a column is missing where the report gives no such figure.</summary>
    public Frame<int, string> Frame { get; }

    /// <summary>Per period the stated actual, else the target, else the implied base-year value.</summary>
    public Series<int, decimal> Level { get; }

    /// <summary>The first value given for each (period, column) wins, so repeated mentions do not change the series.</summary>
    public static PeriodFigures Of(IEnumerable<(int Period, string Column, decimal Value)> values)
    {
        var columns = new Dictionary<string, Series<int, decimal>>(StringComparer.Ordinal);
        foreach (var group in values.GroupBy(v => v.Column))
        {
            var builder = new SeriesBuilder<int, decimal>();
            foreach (var v in group.DistinctBy(v => v.Period)) builder.Add(v.Period, v.Value);
            columns[group.Key] = builder.Series.SortByKey();
        }
        foreach (var name in Precedence)
            if (!columns.ContainsKey(name)) columns[name] = new SeriesBuilder<int, decimal>().Series;
        var frame = Deedle.Frame.FromColumns(Precedence.Select(c => KeyValuePair.Create(c, columns[c]))).SortRowsByKey();
        var level = frame.RowKeys
            .Select(period => (period, value: Precedence.Select(c => columns[c].TryGet(period)).FirstOrDefault(o => o.HasValue)))
            .Where(x => x.value.HasValue)
            .Aggregate(new SeriesBuilder<int, decimal>(), (b, x) => { b.Add(x.period, x.value.Value); return b; })
            .Series;
        return new PeriodFigures(frame, level);
    }

    /// <summary>
    /// The change from the previous year's level in percent, per period that has one. Aligned by key (period − 1), not by
    /// position, so a gap in the years gives no change rather than a change over two years.
    /// </summary>
    public Series<int, decimal> YearOnYear()
    {
        var previous = Level.SelectKeys(kv => kv.Key + 1);
        return Level.ZipInner(previous)
            .Where(kv => kv.Value.Item2 != 0m)
            .Select(kv => (kv.Value.Item1 / kv.Value.Item2 - 1m) * 100m);
    }
}
