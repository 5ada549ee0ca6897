using System.Text;
using Stats.Core.Series;
using Stats.Reporting.Plots;
using Stats.Reporting.Series;
using static Stats.Tests.Core.Series.SeriesFixture;

namespace Stats.Tests.Reporting.Series;

public class SeriesPageTests
{
    // A made-up county whose second report carries markup in its text: the page must show it as text.
    private const string First = "2021年，全县快递业务量3210.5万件，增长12.0%。全县粮食产量8600吨，增长2.0%。";
    private const string Second = "2022年，全县快递业务量353万件，增长10.0%，<script>alert(1)</script>。全县粮食产量8772吨，增长2.0%。";

    private static (IReadOnlyList<SeriesReport> Reports, IReadOnlyList<PrintedLevel> Levels, IReadOnlyList<CrossYearLink> Links) Series()
    {
        var reports = new[] { Report(2021, First), Report(2022, Second) };
        var levels = reports.SelectMany(LevelReader.Read).ToList();
        return (reports, levels, CrossYearChecker.Check(levels));
    }

    [Test]
    public void The_series_page_escapes_report_text_fetches_nothing_and_lists_the_failed_link_first()
    {
        var (reports, levels, links) = Series();
        var pages = reports.ToDictionary(r => r.Name, r => "../../" + r.Name + "/report.html");

        var files = SeriesArtifacts.Of("测试县", reports, levels, links, pages, ChartFont.Bundled);
        var html = Encoding.UTF8.GetString(files[SeriesPage.FileName]);

        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(html, Does.Contain("Content-Security-Policy").And.Contain("default-src 'none'"));
        Assert.That(html, Does.Not.Contain("src=\"http").And.Not.Contain("src=\"plots/"), "plots are embedded or linked, never fetched");
        Assert.That(html, Does.Contain("href=\"../../测试县/2021/report.html\""));
        Assert.That(html.IndexOf("class=\"fail\">fail", StringComparison.Ordinal), Is.LessThan(html.IndexOf("class=\"pass\">pass", StringComparison.Ordinal)));
        Assert.That(html, Does.Contain("decimal shift: 3210.5万件 → 321.05万件"));
    }

    [Test]
    public void Each_checked_indicator_gets_a_plot_of_levels_and_growths_a_person_can_look_at()
    {
        var (reports, levels, links) = Series();

        var files = SeriesArtifacts.Of("测试县", reports, levels, links, new Dictionary<string, string>(), ChartFont.Bundled);

        Assert.That(files.Keys.Where(k => k.StartsWith("plots/", StringComparison.Ordinal)), Is.EqualTo(new[] { "plots/01.png", "plots/01.svg", "plots/02.png", "plots/02.svg" }));
        var parcels = SeriesPlot.Build(IndicatorSeries.Of(levels.Where(l => l.Indicator == "全县快递业务量").ToList()), links, ChartFont.Bundled);
        Assert.That(parcels.Labels, Does.Contain("stated +10%\nimplied -89%").And.Contain("3210.5万件").And.Contain("353万件"));
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "series-plot-parcels.png");
        File.WriteAllBytes(path, files["plots/01.png"]);
        TestContext.AddTestAttachment(path, "a tenfold slip across two years");
    }

    [Test]
    public void The_indicator_series_aligns_growth_by_period()
    {
        var (_, levels, _) = Series();

        var series = IndicatorSeries.Of(levels.Where(l => l.Indicator == "全县粮食产量").ToList());

        Assert.That(series.Column(IndicatorSeries.Printed).Get(2022), Is.EqualTo(8772m));
        Assert.That(series.Column(IndicatorSeries.ImpliedGrowth).Get(2022), Is.EqualTo(2.0m));
        Assert.That(series.Column(IndicatorSeries.StatedGrowth).Get(2022), Is.EqualTo(2.0m));
        Assert.That(series.Column(IndicatorSeries.ImpliedGrowth).TryGet(2021).HasValue, Is.False, "no year before the first");
    }

    [Test]
    public void The_page_and_plots_are_the_same_bytes_on_every_run()
    {
        var (reports, levels, links) = Series();

        var first = SeriesArtifacts.Of("测试县", reports, levels, links, new Dictionary<string, string>(), ChartFont.Bundled);
        var second = SeriesArtifacts.Of("测试县", reports, levels, links, new Dictionary<string, string>(), ChartFont.Bundled);

        Assert.That(second.Keys, Is.EqualTo(first.Keys));
        Assert.That(second.Values, Is.EqualTo(first.Values));
    }
}
