using Stats.Core.Series;

namespace Stats.Tests.Core.Series;

public class SeriesNameTests
{
    private static readonly object?[][] Names =
    [
        ["2019-budget", "sanming-city", new SeriesName("sanming-city", 2019)],
        ["2021", "jiyuan", new SeriesName("jiyuan", 2021)],
        ["jiyuan-2021-bulletin", "corpus", new SeriesName("jiyuan", 2021)],
        ["town_1999", "corpus", new SeriesName("town", 1999)],
        ["report", "corpus", null],
        ["a-town-12019", "corpus", null],
    ];

    [TestCaseSource(nameof(Names))]
    public void A_reports_name_gives_its_place_and_year(string report, string folder, SeriesName? expected) =>
        Assert.That(SeriesName.Of(report, folder), Is.EqualTo(expected));

    [Test]
    public void A_place_with_one_report_gets_a_note_and_no_series()
    {
        var grouping = SeriesGrouping.Of([("a/2019", new SeriesName("a", 2019))]);

        Assert.That(grouping.Series, Is.Empty);
        Assert.That(grouping.Notes, Is.EqualTo(new[] { "series a: one report (a/2019); a series needs reports of two years or more, no cross-year checks" }));
    }

    [Test]
    public void Reports_of_different_places_give_no_series_and_say_so()
    {
        var grouping = SeriesGrouping.Of([("a-2019", new SeriesName("a", 2019)), ("b-2020", new SeriesName("b", 2020))]);

        Assert.That(grouping.Series, Is.Empty);
        Assert.That(grouping.Notes[^1], Is.EqualTo("series: the reports name 2 different places and no place has reports of two years; no cross-year output"));
    }

    [Test]
    public void Reports_of_one_place_over_two_years_make_a_series_in_order_of_year()
    {
        var grouping = SeriesGrouping.Of([("a/2020", new SeriesName("a", 2020)), ("a/2019", new SeriesName("a", 2019))]);

        Assert.That(grouping.Series.Single().Reports, Is.EqualTo(new[] { ("a/2019", 2019), ("a/2020", 2020) }));
        Assert.That(grouping.Notes, Is.Empty);
    }
}
