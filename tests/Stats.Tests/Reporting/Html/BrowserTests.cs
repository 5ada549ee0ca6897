using System.Text.RegularExpressions;
using Stats.Tests.Cli;

namespace Stats.Tests.Reporting.Html;

[Category("Browser")]
public class BrowserTests
{
    /// <summary>The sample report written by the CLI under the test output, kept for a person to look at.</summary>
    private static string WriteSampleReport()
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review", "report-stage");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var (report, outDir) = new EjinHoroSample().WriteTo(folder);
        var run = CliRun.Of("report", report, "--out", outDir);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        return Path.Combine(outDir, "report.html");
    }

    [Test]
    public void Chromium_loads_the_report_from_disk_with_no_console_message_no_blocked_request_and_every_finding_section()
    {
        var chromium = HeadlessChromium.RequireOrIgnore();
        var html = WriteSampleReport();

        var (dom, log) = chromium.DumpDom(html);

        Assert.That(HeadlessChromium.ConsoleLines(log), Is.Empty);
        Assert.That(dom, Does.Contain("data-ready=\"yes\""), "the page's script ran to the end");
        Assert.That(dom, Does.Contain("data-script-errors=\"0\""));
        Assert.That(dom, Does.Contain("data-blocked-requests=\"0\""), "the page tried to fetch nothing");
        Assert.That(Regex.Matches(dom, "<section class=\"finding\"").Count, Is.EqualTo(new EjinHoroSample().Findings.Count));
        Assert.That(dom, Does.Contain("<mark title=\"mention 9\">5016万吨</mark>"));
    }

    [Test]
    public void The_browser_check_notices_a_page_that_tries_to_fetch_from_the_network()
    {
        var chromium = HeadlessChromium.RequireOrIgnore();
        var report = File.ReadAllText(WriteSampleReport());
        var leaky = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review", "leaky-report.html");
        File.WriteAllText(leaky, report.Replace("<body>", "<body><img src=\"http://example.invalid/logo.png\">", StringComparison.Ordinal));

        var (dom, log) = chromium.DumpDom(leaky);

        Assert.That(dom, Does.Contain("data-blocked-requests=\"1\""));
        Assert.That(HeadlessChromium.ConsoleLines(log), Has.Some.Contains("example.invalid"));
    }

    [Test]
    public void A_screenshot_of_the_report_is_saved_next_to_the_test_output()
    {
        var chromium = HeadlessChromium.RequireOrIgnore();
        var html = WriteSampleReport();
        var png = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review", "report-screenshot.png");
        if (File.Exists(png)) File.Delete(png);

        var (_, log) = chromium.Screenshot(html, png);

        Assert.That(File.Exists(png), Is.True, log);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((1280, 2000)));
        TestContext.Out.WriteLine($"screenshot: {png}");
    }

    [Test]
    public void In_Chromium_the_findings_filter_by_status_and_kind_and_a_link_to_a_hidden_finding_shows_it()
    {
        var chromium = HeadlessChromium.RequireOrIgnore();
        var html = WriteSampleReport();
        var clicking = Path.Combine(Path.GetDirectoryName(html)!, "report-filtered.html");
        File.WriteAllText(clicking, File.ReadAllText(html).Replace("</body>", """
            <script>
            (function () {
              var root = document.documentElement;
              function visible() { return Array.from(document.querySelectorAll("section.finding")).filter(function (s) { return !s.hidden; }); }
              document.querySelector("[data-finding-status='fail']").click();
              root.dataset.failShown = visible().length + " " + document.getElementById("finding-shown").textContent;
              var kind = document.getElementById("finding-kind");
              kind.value = "granularity";
              kind.dispatchEvent(new Event("change"));
              root.dataset.failGranularityShown = String(visible().length);
              var hidden = document.querySelector("section.finding[data-status='pass']");
              location.hash = "#" + hidden.id;
              window.dispatchEvent(new HashChangeEvent("hashchange"));
              root.dataset.linkedShown = String(!hidden.hidden);
            })();
            </script>
            </body>
            """, StringComparison.Ordinal));

        var (dom, log) = chromium.DumpDom(clicking);

        var sample = new EjinHoroSample();
        var fails = sample.Findings.Count(f => f.Status == Stats.Core.Findings.CheckStatus.Fail);
        Assert.That(dom, Does.Contain($"data-fail-shown=\"{fails} {fails} of {sample.Findings.Count} shown\""), log);
        Assert.That(dom, Does.Contain("data-fail-granularity-shown=\"1\""));
        Assert.That(dom, Does.Contain("data-linked-shown=\"true\""));
        Assert.That(dom, Does.Contain("data-script-errors=\"0\""));
    }
}
