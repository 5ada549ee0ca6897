using Stats.Core.Extraction;
using Stats.Core.Series;
using Stats.Core.Text;

namespace Stats.Tests.Core.Series;

/// <summary>Reports of a made-up county, written for these tests, read as a series run reads them.</summary>
public static class SeriesFixture
{
    public static SeriesReport Report(int year, string text, string place = "测试县") =>
        new(place, year, $"{place}/{year}", new ReportText($"{year}.txt", text), new Extractor().Extract(new ReportText($"{year}.txt", text)));

    public static IReadOnlyList<CrossYearLink> Links(params SeriesReport[] reports) =>
        CrossYearChecker.Check(reports.SelectMany(LevelReader.Read).ToList());
}
