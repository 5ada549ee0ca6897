using System.Text;

namespace Stats.Tests.Cli.Series;

public class SeriesRunTests
{
    // A made-up county's two bulletins: grain agrees across the years, the parcel count of the first is ten times too large.
    private const string Bulletin2021 = "2021年，全县粮食产量8600吨，增长2.0%。全县快递业务量3210.5万件，增长12.0%。";
    private const string Bulletin2022 = "2022年，全县粮食产量8772吨，增长2.0%。全县快递业务量353万件，增长10.0%。";

    private static string Run(TempFolder temp, out CliRun run)
    {
        var outDir = temp.Sub("out");
        run = CliRun.Of("run", temp.Sub("corpus"), "--out", outDir, "--until", "check");
        return outDir;
    }

    [Test]
    public void A_folder_of_series_folders_runs_each_report_and_writes_cross_year_tables_per_place()
    {
        using var temp = new TempFolder();
        temp.File("corpus/test-county/2021-bulletin.txt", Encoding.UTF8.GetBytes(Bulletin2021));
        temp.File("corpus/test-county/2022-bulletin.txt", Encoding.UTF8.GetBytes(Bulletin2022));

        var outDir = Run(temp, out var run);

        Assert.That(run.ExitCode, Is.EqualTo(1), "a failed cross-year check fails the run as a failed check of a report does; " + run.Stderr);
        Assert.That(File.Exists(Path.Combine(outDir, "test-county", "2021-bulletin", "mentions.csv")), Is.True);
        var links = File.ReadAllLines(Path.Combine(outDir, "series", "test-county", "links.csv"));
        Assert.That(links[0], Does.StartWith("place,indicator,period,kind,status,"));
        Assert.That(links.Skip(1).Select(l => string.Join(',', l.Split(',').Take(5))),
            Is.EqualTo(new[] { "test-county,全县快递业务量,2022,growth,fail", "test-county,全县粮食产量,2022,growth,pass" }));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "series", "test-county", "indicators.csv")), Does.StartWith("place,indicator,period,role,value,unit,"));
        Assert.That(run.Stdout, Does.Contain("series test-county: 2 reports (2021–2022)"));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "index.html")), Does.Contain("href=\"test-county/2021-bulletin/\"").And.Contain("series/test-county/"));
    }

    [Test]
    public void A_series_of_one_report_says_so_and_writes_no_cross_year_output()
    {
        using var temp = new TempFolder();
        temp.File("corpus/2022-bulletin.txt", Encoding.UTF8.GetBytes(Bulletin2022));

        var outDir = Run(temp, out var run);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("series corpus: one report (2022-bulletin); a series needs reports of two years or more, no cross-year checks"));
        Assert.That(Directory.Exists(Path.Combine(outDir, "series")), Is.False);
    }

    [Test]
    public void Reports_of_different_places_say_so_and_write_no_cross_year_output()
    {
        using var temp = new TempFolder();
        temp.File("corpus/east-2021.txt", Encoding.UTF8.GetBytes(Bulletin2021));
        temp.File("corpus/west-2022.txt", Encoding.UTF8.GetBytes(Bulletin2022));

        var outDir = Run(temp, out var run);

        Assert.That(run.Stdout, Does.Contain("series: the reports name 2 different places"));
        Assert.That(Directory.Exists(Path.Combine(outDir, "series")), Is.False);
    }

    [Test]
    public void A_series_run_twice_writes_the_same_bytes()
    {
        using var temp = new TempFolder();
        temp.File("corpus/test-county/2021.txt", Encoding.UTF8.GetBytes(Bulletin2021));
        temp.File("corpus/test-county/2022.txt", Encoding.UTF8.GetBytes(Bulletin2022));
        var outDir = Run(temp, out _);
        var first = Directory.GetFiles(Path.Combine(outDir, "series"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        Run(temp, out _);
        var second = Directory.GetFiles(Path.Combine(outDir, "series"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.All(b => b.Length > 0 && !(b[0] == 0xEF && b[1] == 0xBB) && !b.Contains((byte)'\r')), Is.True, "UTF-8 without BOM, LF");
    }

    [Test]
    public void With_pages_each_reports_page_links_the_series_page_and_verify_still_reproduces_it()
    {
        using var temp = new TempFolder();
        temp.File("corpus/test-county/2021.txt", Encoding.UTF8.GetBytes(Bulletin2021));
        temp.File("corpus/test-county/2022.txt", Encoding.UTF8.GetBytes(Bulletin2022));
        var outDir = temp.Sub("out");

        var run = CliRun.Of("run", temp.Sub("corpus"), "--out", outDir, "--until", "report");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        Assert.That(File.ReadAllText(Path.Combine(outDir, "test-county", "2021", "report.html")), Does.Contain("href=\"../../series/test-county/series.html\""));
        var page = File.ReadAllText(Path.Combine(outDir, "series", "test-county", "series.html"));
        Assert.That(page, Does.Contain("href=\"../../test-county/2022/report.html\"").And.Contain("decimal shift"));
        Assert.That(File.Exists(Path.Combine(outDir, "series", "test-county", "plots", "01.svg")), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(outDir, "index.html")), Does.Contain("href=\"series/test-county/series.html\""));
        Assert.That(CliRun.Of("verify", Path.Combine(outDir, "test-county", "2021")).ExitCode, Is.EqualTo(0), "the series link is recorded in the report's manifest");
    }

    [Test]
    public void A_series_whose_other_year_is_broken_says_so_and_writes_no_cross_year_output()
    {
        using var temp = new TempFolder();
        temp.File("corpus/test-county/2021.txt", [0x89, 0x50, 0x00, 0x00, 0x01]);
        temp.File("corpus/test-county/2022.txt", Encoding.UTF8.GetBytes(Bulletin2022));

        var outDir = Run(temp, out var run);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("series test-county: fewer than two of its years were processed; no cross-year checks"));
        Assert.That(Directory.Exists(Path.Combine(outDir, "series")), Is.False);
    }
}
