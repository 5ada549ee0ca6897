using System.Globalization;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Series;
using Stats.Core.Text;
using Stats.Synthetic;

namespace Stats.Tests.Synthetic;

/// <summary>
/// How many planted cross-year errors the cross-year checks find, by kind, over synthetic three-year series, and that clean
/// series raise no flag. A slip counts as found when a link using the planted figure is flagged, and as named when it fails
/// with a reading; a revision counts as found when the growth on the revised base warns with a reason.
/// </summary>
public class SeriesRecallTests
{
    private const int Seed = 18;
    private const int Count = 200;

    private sealed record Scored(SyntheticSeries Series, IReadOnlyList<CrossYearLink> Links)
    {
        public IEnumerable<CrossYearLink> Flags => Links.Where(l => l.Status is CheckStatus.Fail or CheckStatus.Warn);

        public IEnumerable<CrossYearLink> OnPlant => Series.Plant is not { } p ? [] : p.Kind == SeriesErrorKind.Revision
            ? Flags.Where(l => l.Indicator.EndsWith(p.Indicator, StringComparison.Ordinal) && l.Later.Report.Year == p.Year && l.Kind == LinkKind.Growth)
            : Flags.Where(l => (l.Earlier.Report.Year == p.Year && l.Earlier.Level.Text == p.Printed) || (l.Later.Report.Year == p.Year && l.Later.Level.Text == p.Printed));

        public bool Found => OnPlant.Any(l => Series.Plant!.Kind == SeriesErrorKind.Revision ? l.Status == CheckStatus.Warn && l.Revision.Length > 0 : true);

        public bool Named => OnPlant.Any(l => l.Status == CheckStatus.Fail && l.Reading.Length > 0);
    }

    private static Scored Score(SyntheticSeries series)
    {
        var reports = series.Reports.Select(r =>
        {
            var text = new ReportText($"{r.Year}.txt", r.Text);
            return new SeriesReport(series.Place, r.Year, $"{series.Place}/{r.Year}", text, new Extractor().Extract(text));
        }).ToList();
        return new Scored(series, CrossYearChecker.Check(reports.SelectMany(LevelReader.Read).ToList()));
    }

    private static readonly Lazy<IReadOnlyList<Scored>> Scores = new(() => new SeriesGenerator(Seed).Many(Count).Select(Score).ToList());

    [Test]
    public void Clean_synthetic_series_raise_no_cross_year_flag()
    {
        var clean = Scores.Value.Where(s => s.Series.Plant is null).ToList();

        Assert.That(clean, Has.Count.EqualTo(Count / 4));
        Assert.That(clean.SelectMany(s => s.Flags).Select(l => $"{l.Place} {l.Indicator} {l.Period}: {l.Stated} vs {l.Implied}"), Is.Empty);
        Assert.That(clean.All(s => s.Links.Count(l => l.Kind == LinkKind.Growth) >= 2 * 2), Is.True, "every indicator of a clean series links in both later years");
    }

    [Test]
    public void Planted_cross_year_errors_are_found_by_kind()
    {
        var planted = Scores.Value.Where(s => s.Series.Plant is not null).ToList();
        var lines = new List<string>();
        var recall = new Dictionary<SeriesErrorKind, decimal>();
        foreach (var kind in Enum.GetValues<SeriesErrorKind>())
        {
            var ofKind = planted.Where(s => s.Series.Plant!.Kind == kind).ToList();
            recall[kind] = (decimal)ofKind.Count(s => s.Found) / ofKind.Count;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{EnumText.Of(kind)}: {ofKind.Count} planted, {ofKind.Count(s => s.Found)} found ({recall[kind]:0.0%}), {ofKind.Count(s => s.Named)} failed with the reading named"));
        }
        TestContext.Out.WriteLine(string.Join("\n", lines));

        Assert.Multiple(() =>
        {
            Assert.That(recall[SeriesErrorKind.TenfoldSlip], Is.EqualTo(1m), "a tenfold slip is always found");
            Assert.That(recall[SeriesErrorKind.DigitTypo], Is.GreaterThan(0.5m));
            Assert.That(recall[SeriesErrorKind.Revision], Is.GreaterThan(0.8m));
            Assert.That(planted.Where(s => s.Series.Plant!.Kind == SeriesErrorKind.Revision).Count(s => s.Named), Is.Zero, "a revision warns, it never fails");
        });
    }
}
