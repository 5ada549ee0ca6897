using System.Globalization;
using Stats.Core.Findings;
using Stats.Core.Series;

namespace Stats.Tests.RealText;

/// <summary>
/// The cross-year checks on four real series: every flag has a person's verdict in Fixtures/RealVerdicts/series-flags.tsv
/// with the status it was given, none is a false alarm, the known tenfold slip fails, and the links found per series and
/// the share of indicators linked are printed.
/// </summary>
[Category(RealCorpus.Category)]
public sealed class RealSeriesTests
{
    private static readonly Lazy<IReadOnlyList<RealSeries>> Series = new(RealSeries.All);

    private static IEnumerable<(RealSeries Series, CrossYearLink Flag)> Flags() => Series.Value.SelectMany(s => s.Flags.Select(f => (s, f)));

    [Test]
    public void Every_cross_year_flag_on_the_real_series_has_a_verdict_with_its_status()
    {
        var verdicts = SeriesVerdict.Load().ToDictionary(v => v.Key);

        var missing = Flags().Where(x => !verdicts.TryGetValue(RealSeries.KeyOf(x.Flag), out var v) || v.Status != x.Flag.Status.Name())
            .Select(x => RealSeries.KeyOf(x.Flag) is var k ? $"{k.File}\t{k.Indicator}\t{k.Kind}\t{k.Offset}\t{x.Flag.Status.Name()}\t?\t{x.Flag.Revision}{x.Flag.Reading}" : "").ToList();

        Assert.That(missing, Is.Empty, "flags without a verdict (add them to Fixtures/RealVerdicts/series-flags.tsv after reading both texts):\n" + string.Join("\n", missing));
    }

    [Test]
    public void No_cross_year_flag_on_the_real_series_is_a_false_alarm_and_no_verdict_is_stale()
    {
        var flags = Flags().Select(x => RealSeries.KeyOf(x.Flag)).ToHashSet();
        var verdicts = SeriesVerdict.Load();

        Assert.Multiple(() =>
        {
            Assert.That(verdicts.Where(v => v.Verdict == SeriesVerdict.FalseAlarm).Select(v => $"{v.File} {v.Indicator}: {v.Reason}"), Is.Empty);
            Assert.That(verdicts.Where(v => !flags.Contains(v.Key)).Select(v => $"{v.File} {v.Indicator} {v.Kind}"), Is.Empty, "verdicts of flags no longer raised");
        });
    }

    [Test]
    public void The_parcel_count_printed_ten_times_too_large_fails_as_a_decimal_shift()
    {
        var parcels = Series.Value.Single(s => s.Place == "jiyuan-city").Links.Single(l => l.Indicator == "快递业务总量" && l.Kind == LinkKind.Growth);

        Assert.That(parcels.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(parcels.Reading, Does.StartWith("decimal shift"));
    }

    [Test]
    public void Only_slips_fail_every_other_gap_warns_with_its_reason()
    {
        var flags = Flags().Select(x => x.Flag).ToList();

        Assert.That(flags.Where(f => f.Status == CheckStatus.Fail).All(f => f.Reading.Length > 0), Is.True);
        Assert.That(flags.Where(f => f.Status == CheckStatus.Warn).All(f => f.Revision.Length > 0), Is.True);
    }

    [Test]
    public void Links_found_per_series_and_the_share_of_indicators_linked_are_reported()
    {
        foreach (var s in Series.Value)
        {
            var indicators = s.Levels.Select(l => l.Indicator).Distinct().Count();
            var linked = s.Links.Select(l => l.Indicator).Distinct().Count();
            var checkable = s.Links.Count(l => l.Kind != LinkKind.Level);
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Place}: {s.Reports.Count} reports, {s.Links.Count} links ({checkable} checks: {s.Links.Count(l => l.Status == CheckStatus.Pass)} pass, {s.Links.Count(l => l.Status == CheckStatus.Warn)} warn, {s.Links.Count(l => l.Status == CheckStatus.Fail)} fail; {s.Links.Count(l => l.Kind == LinkKind.Target)} targets), {linked} of {indicators} indicators linked ({(double)linked / indicators:0.0%})"));
            Assert.That(s.Links, Is.Not.Empty, s.Place);
        }
    }
}
