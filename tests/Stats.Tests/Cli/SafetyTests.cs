using System.Text;
using System.Text.RegularExpressions;
using Stats.Core.Text;
using Stats.Pipeline.Tables;
using Stats.Tests.Reporting;
using Stats.Tests.Reporting.Html;

namespace Stats.Tests.Cli;

public class SafetyTests
{
    // Parts that exceed their total make a failing finding, so the sentence carrying the markup is quoted in report.html.
    private const string Hostile =
        "<script>alert(1)</script>全年完成一般公共预算收入1.00亿元，其中税收收入0.77亿元<img src=x onerror=alert(2)>，非税收入0.34亿元&amp;\"'。";

    [Test]
    [Category("Browser")]
    public void Markup_in_a_report_shows_as_text_in_the_html_report_and_never_runs()
    {
        var chromium = HeadlessChromium.RequireOrIgnore();
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review", "hostile");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var report = Path.Combine(folder, "hostile.txt");
        Directory.CreateDirectory(folder);
        File.WriteAllText(report, Hostile);
        var run = CliRun.Of("run", report, "--out", Path.Combine(folder, "out"));
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        var html = Path.Combine(folder, "out", "report.html");
        var scriptsInTemplate = Regex.Matches(File.ReadAllText(html), "<script", RegexOptions.IgnoreCase).Count;

        var (dom, log) = chromium.DumpDom(html);

        Assert.That(dom, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(dom, Does.Contain("&lt;img src=x onerror=alert(2)&gt;"));
        Assert.That(dom, Does.Not.Contain("<script>alert(1)").And.Not.Contain("<img src=\"x\""));
        Assert.That(Regex.Matches(dom, "<script", RegexOptions.IgnoreCase).Count, Is.EqualTo(scriptsInTemplate), "no script element was injected");
        Assert.That(dom, Does.Contain("data-script-errors=\"0\""));
        Assert.That(HeadlessChromium.ConsoleLines(log), Is.Empty, "no alert, no error");
    }

    [TestCase("...")]
    [TestCase("..x")]
    [TestCase("x..")]
    [TestCase("-rf")]
    [TestCase("a b\tc")]
    [TestCase("<script>alert(1)<\\script>")]
    [TestCase("%2e%2e%2fescape")]
    public void A_report_folder_with_an_odd_name_writes_only_inside_the_output_folder(string name)
    {
        using var temp = new TempFolder();
        temp.File(Path.Combine(name, "report.txt"), Encoding.UTF8.GetBytes(Hostile));
        var before = Listing(temp.Path);
        var outDir = temp.Sub("out");

        var run = CliRun.Of("run", temp.Sub(name), "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        Assert.That(Listing(temp.Path).Where(p => p != "out" && !p.StartsWith("out/", StringComparison.Ordinal)), Is.EqualTo(before));
        Assert.That(Directory.GetDirectories(Path.GetDirectoryName(temp.Path)!), Has.None.EndsWith("escape"));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "report.html")), Does.Not.Contain("<script>alert(1)"));
    }

    private static List<string> Listing(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    [TestCase("../x")]
    [TestCase("plots/../../x")]
    [TestCase("/etc/x")]
    [TestCase("..\\x")]
    [TestCase("")]
    public void A_stage_output_path_that_would_leave_the_output_folder_is_refused(string path)
    {
        Assert.That(() => OutputPath.Checked(path), Throws.InstanceOf<InputException>().With.Message.Contains("inside --out"));
    }

    [TestCase("rules.yaml", "define: !!System.Diagnostics.ProcessStartInfo\n  FileName: touch\n  Arguments: pwned\nrules: []\n")]
    [TestCase("rules.yaml", "rules:\n  - !<tag:yaml.org,2002:System.IO.FileInfo> {id: r, label: l, description: d, severity: error, expression: 1 > 0}\n")]
    [TestCase("figures.yaml", "figures: !!Stats.Tests.Cli.Tripwire\n  Armed: true\n")]
    public void A_yaml_type_tag_is_never_instantiated(string file, string yaml)
    {
        using var temp = new TempFolder();
        temp.File("town/report.txt", "全年粮食产量达到5016万吨。"u8.ToArray());
        temp.File("town/" + file, Encoding.UTF8.GetBytes(yaml));
        Tripwire.Constructed = 0;

        var run = CliRun.Of("run", temp.Sub("town"), "--out", temp.Sub("out"));

        Assert.That(run.ExitCode, Is.AnyOf(0, 1, 2), run.Stderr);
        if (run.ExitCode == 2) Assert.That(run.Stderr, Does.Match(@"^stats: .*\.yaml:\d+:\d+: .*\n$"), "refused with file, line and column");
        Assert.That(Tripwire.Constructed, Is.Zero);
        Assert.That(File.Exists(Path.Combine(temp.Path, "town", "pwned")) || File.Exists("pwned"), Is.False);
    }
}

/// <summary>A type a YAML tag names: counts its constructions, which must stay at zero.</summary>
public sealed class Tripwire
{
    public static int Constructed;

    public Tripwire() => Interlocked.Increment(ref Constructed);

    public bool Armed { get; set; }
}
