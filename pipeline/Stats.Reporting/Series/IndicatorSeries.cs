using Deedle;
using Stats.Core.Series;

namespace Stats.Reporting.Series;

/// <summary>
/// One place's indicator over the years as a Deedle frame indexed by period: <c>printed</c>, the level the report of that
/// year printed; <c>restated</c>, the level a later report printed for it; <c>stated_growth</c>, the growth the report of
/// that year states; <c>implied_growth</c>, the growth the printed levels of that year and the year before give, aligned by
/// period, so a missing year gives no growth rather than one over two years.
/// </summary>
public sealed class IndicatorSeries
{
    public const string Printed = "printed";
    public const string Restated = "restated";
    public const string StatedGrowth = "stated_growth";
    public const string ImpliedGrowth = "implied_growth";

    private IndicatorSeries(string place, string indicator, string unit, Frame<int, string> frame, IReadOnlyDictionary<int, string> printedText)
    {
        PrintedText = printedText;
        Place = place;
        Indicator = indicator;
        Unit = unit;
        Frame = frame;
    }

    public string Place { get; }

    public string Indicator { get; }

    /// <summary>The unit of the levels, without multiplier (元, 吨, 件).</summary>
    public string Unit { get; }

    public Frame<int, string> Frame { get; }

    /// <summary>Per period, the printed level as the report prints it (14362.12万件), for labels.</summary>
    public IReadOnlyDictionary<int, string> PrintedText { get; }

    public Series<int, decimal> Column(string name) => Frame.GetColumn<decimal>(name);

    /// <summary>The series of one indicator from its levels (all of one unit) in one place's reports.</summary>
    public static IndicatorSeries Of(IReadOnlyList<PrintedLevel> levels)
    {
        var first = levels[0];
        var actual = levels.Where(l => l.Role == LevelRole.Actual).ToList();
        var printed = Build(actual.Where(l => l.Period == l.Report.Year).Select(l => (l.Period, l.Level.Value!.Value)));
        var restated = Build(actual.Where(l => l.Period < l.Report.Year).Concat(levels.Where(l => l.Role == LevelRole.Previous))
            .Select(l => (l.Period, l.Level.Value!.Value)));
        var stated = Build(actual.Where(l => l.Period == l.Report.Year && l.Growths.Count > 0)
            .Select(l => (l.Period, l.Growths[0].Sign * decimal.Parse(l.Growths[0].Rate.Number, System.Globalization.CultureInfo.InvariantCulture))));
        var previous = printed.SelectKeys(kv => kv.Key + 1);
        var implied = printed.ZipInner(previous).Where(kv => kv.Value.Item2 != 0m).Select(kv => (kv.Value.Item1 / kv.Value.Item2 - 1m) * 100m);
        var frame = Deedle.Frame.FromColumns(new[]
        {
            KeyValuePair.Create(Printed, printed), KeyValuePair.Create(Restated, restated),
            KeyValuePair.Create(StatedGrowth, stated), KeyValuePair.Create(ImpliedGrowth, implied),
        }).SortRowsByKey();
        var texts = actual.Where(l => l.Period == l.Report.Year).DistinctBy(l => l.Period).ToDictionary(l => l.Period, l => l.Level.Text);
        return new IndicatorSeries(first.Report.Place, first.Indicator, first.Level.Unit, frame, texts);
    }

    // The first value per period wins, so a level printed twice does not change the series.
    private static Series<int, decimal> Build(IEnumerable<(int Period, decimal Value)> values)
    {
        var builder = new SeriesBuilder<int, decimal>();
        foreach (var v in values.DistinctBy(v => v.Period).OrderBy(v => v.Period)) builder.Add(v.Period, v.Value);
        return builder.Series;
    }
}
