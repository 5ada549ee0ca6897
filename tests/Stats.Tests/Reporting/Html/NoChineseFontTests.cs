using System.Globalization;
using System.Text.RegularExpressions;
using Stats.Core.Series;
using Stats.Reporting.Fonts;
using Stats.Reporting.Plots;
using Stats.Reporting.Series;
using Stats.Tests.Core.Series;
using Stats.Tests.Cli;

namespace Stats.Tests.Reporting.Html;

/// <summary>
/// The page and the plots on a machine with no Chinese font: Chromium draws them once with a font configuration holding
/// Latin fonts only and once with the bundled Chinese font installed besides. A character the embedded fonts cannot draw
/// is a box in the first and a glyph in the second, so the screenshots differ exactly where a glyph is missing.
/// </summary>
[Category("Browser")]
public partial class NoChineseFontTests
{
    /// <summary>
    /// The page of a longer report is cut here (30,000 device pixels at half scale; Chromium draws that in one window);
    /// the in-page count still reads all of it.
    /// </summary>
    private const int MaxHeight = 60000;

    private static string Folder(string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review", "no-chinese-font", name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Screenshots of a page with and without the Chinese font installed, whole page, and where they differ.</summary>
    private static ScreenshotDiff Compare(HeadlessChromium chromium, string html, string folder, int width, double scale = 1)
    {
        var latinOnly = chromium with { Fonts = FontConfiguration.Create(Path.Combine(folder, "latin-only"), withChineseFont: false) };
        var withChinese = chromium with { Fonts = FontConfiguration.Create(Path.Combine(folder, "with-chinese"), withChineseFont: true) };
        var height = Math.Min(PageHeight(latinOnly, html, width, folder), MaxHeight);
        var (without, with) = (Path.Combine(folder, "latin-only.png"), Path.Combine(folder, "with-chinese.png"));
        Shoot(withChinese, html, with, width, height, scale);
        Shoot(latinOnly, html, without, width, height, scale);
        var diff = ScreenshotDiff.Of(with, without, Path.Combine(folder, "difference.png"));
        // On a busy machine Chromium has, rarely, drawn a table cell before the embedded font had loaded; a missing glyph
        // is there on every drawing, so a difference counts only when second drawings show it again.
        if (diff.Places.Count > 0)
        {
            TestContext.Out.WriteLine($"first drawing: {diff.Pixels} differing pixels in {diff.Places.Count} places; drawing again");
            foreach (var name in new[] { "latin-only", "with-chinese", "difference" })
                File.Move(Path.Combine(folder, name + ".png"), Path.Combine(folder, name + "-first.png"), overwrite: true);
            Shoot(withChinese, html, with, width, height, scale);
            Shoot(latinOnly, html, without, width, height, scale);
            diff = ScreenshotDiff.Of(with, without, Path.Combine(folder, "difference.png"));
        }
        TestContext.Out.WriteLine($"{Path.GetFileName(html)}: {diff.Size.Width}×{diff.Size.Height} px, {diff.Pixels} differing pixels in {diff.Places.Count} places{string.Concat(diff.Places.Take(5).Select(p => $" ({p.Left},{p.Top})–({p.Right},{p.Bottom})"))}; screenshots in {folder}");
        return diff;
    }

    private static void Shoot(HeadlessChromium chromium, string html, string png, int width, int height, double scale)
    {
        var (_, log) = chromium.Screenshot(html, png, width, height, scale);
        Assert.That(File.Exists(png), Is.True, log);
    }

    // The page's full height at this width once its fonts are in, from a copy that writes it onto the root element for --dump-dom.
    private static int PageHeight(HeadlessChromium chromium, string html, int width, string folder)
    {
        var measuring = Path.Combine(folder, "measure-" + Path.GetFileName(html));
        File.WriteAllText(measuring, File.ReadAllText(html).Replace("</body>",
            "<script>document.fonts.ready.then(function () { document.documentElement.dataset.pageHeight = String(document.documentElement.scrollHeight); });</script></body>",
            StringComparison.Ordinal));
        var (dom, log) = chromium.DumpDom(measuring, width);
        var height = PageHeightAttribute().Match(dom);
        Assert.That(height.Success, Is.True, log);
        return int.Parse(height.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Test]
    public void With_no_Chinese_font_installed_the_bundled_reports_page_misses_no_glyph()
    {
        var chromium = HeadlessChromium.RequireOrIgnore();
        var html = BundledReportPage.HtmlPath;
        Assert.That(File.ReadAllText(html), Does.Contain("万元 → <strong>").And.Contain("亿元"), "the page shows a unit reading such as 100.97万元 → 100.97亿元");

        var folder = Folder("page");
        var (glyphs, missing) = MissingGlyphCount.Of(chromium with { Fonts = FontConfiguration.Create(Path.Combine(folder, "count"), withChineseFont: false) }, html, folder);
        TestContext.Out.WriteLine($"{glyphs} characters checked in the page, {missing.Length} drawn as a missing glyph: {missing}");
        // At half scale: a box still differs from a glyph of body text (about 8 px across), and the page is 4 times cheaper to draw.
        var diff = Compare(chromium, html, folder, 1280, scale: 0.5);

        Assert.That(diff.Size.Height, Is.GreaterThan(4000), "the whole page was drawn, not one screen");
        Assert.That(glyphs, Is.GreaterThan(500), "the page's characters were counted");
        Assert.That(missing, Is.Empty, "characters drawn as a missing glyph");
        Assert.That(diff.Places, Is.Empty, "places where the page differs from its rendering with a Chinese font installed");
    }

    [Test]
    public void With_no_Chinese_font_installed_the_series_page_misses_no_glyph()
    {
        var chromium = HeadlessChromium.RequireOrIgnore();
        // A made-up county over two years; the first table cell of the page holds Chinese text.
        var reports = new[]
        {
            SeriesFixture.Report(2021, "2021年，全县一般公共预算收入6.2亿元，增长4.0%。全县快递业务量1320万件，增长8.0%。"),
            SeriesFixture.Report(2022, "2022年，全县一般公共预算收入6.6亿元，增长6.5%。全县快递业务量1452万件，增长10.0%。"),
        };
        var levels = reports.SelectMany(LevelReader.Read).ToList();
        var files = SeriesArtifacts.Of("测试县", reports, levels, CrossYearChecker.Check(levels), new Dictionary<string, string>(), ChartFont.Bundled);
        var folder = Folder("series");
        var html = Path.Combine(folder, SeriesPage.FileName);
        // The page's policy forbids scripts; the copy drawn here drops it so that the page's height can be measured.
        var page = System.Text.Encoding.UTF8.GetString(files[SeriesPage.FileName]);
        File.WriteAllText(html, Regex.Replace(page, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""));

        var diff = Compare(chromium, html, folder, 1280);

        Assert.That(diff.Places, Is.Empty, "places where the series page differs from its rendering with a Chinese font installed");
    }

    [Test]
    public void With_no_Chinese_font_installed_the_plots_svgs_miss_no_glyph()
    {
        var chromium = HeadlessChromium.RequireOrIgnore();
        var folder = Folder("svg");
        var svgs = Directory.GetFiles(Path.Combine(BundledReportPage.OutDir, "plots"), "*.svg").Order(StringComparer.Ordinal).ToList();
        var page = Path.Combine(folder, "plots.html");
        File.WriteAllText(page, "<!DOCTYPE html>\n<html><body style=\"margin:0\">\n"
            + string.Concat(svgs.Select(s => $"<img src=\"{new Uri(s).AbsoluteUri}\" width=\"800\" height=\"500\" style=\"display:block\">\n"))
            + "</body></html>\n");

        var diff = Compare(chromium, page, folder, 800);

        Assert.That(diff.Size.Height, Is.GreaterThanOrEqualTo(500 * svgs.Count));
        Assert.That(diff.Places, Is.Empty, "missing glyphs in the SVGs");
    }

    [Test]
    public void The_check_sees_the_missing_glyphs_of_a_page_without_its_embedded_font()
    {
        var chromium = HeadlessChromium.RequireOrIgnore();
        var folder = Folder("control");
        var (report, outDir) = new EjinHoroSample().WriteTo(Path.Combine(folder, "sample"));
        var run = CliRun.Of("report", report, "--out", outDir);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        var stripped = Path.Combine(folder, "report-without-font.html");
        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        File.WriteAllText(stripped, html.Replace($"font-family: \"{WebFont.PageFamily}\"; src:", "font-family: \"unused\"; src:", StringComparison.Ordinal));

        var (glyphs, missing) = MissingGlyphCount.Of(chromium with { Fonts = FontConfiguration.Create(Path.Combine(folder, "count"), withChineseFont: false) }, stripped, folder);
        TestContext.Out.WriteLine($"{glyphs} characters checked in the page, {missing.Length} drawn as a missing glyph: {missing}");
        var diff = Compare(chromium, stripped, folder, 1280, scale: 0.5);

        Assert.That(missing, Does.Contain("万").And.Contain("粮"), "the count sees the boxes");
        Assert.That(missing.Where(c => c < 0x80), Is.Empty, "Latin text is drawn by the Latin font");
        // Boxes are not as wide as the glyphs, so the lines after them move too: the places merge into few large ones.
        Assert.That(diff.Places, Is.Not.Empty, "the screenshots differ where Chinese is shown");
        Assert.That(diff.Pixels, Is.GreaterThan(10_000));
    }

    [GeneratedRegex("data-page-height=\"(\\d+)\"")]
    private static partial Regex PageHeightAttribute();
}
