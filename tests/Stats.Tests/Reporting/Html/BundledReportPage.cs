using Stats.Tests.Cli;

namespace Stats.Tests.Reporting.Html;

/// <summary>
/// The bundled report's outputs up to the report stage, written once per test run by the CLI under the test output (where a
/// person can open them), for the tests of the page as a reader gets it.
/// </summary>
public static class BundledReportPage
{
    private static readonly Lazy<string> Folder = new(Write);

    /// <summary>The --out folder holding report.html, plots/ and manifest.json.</summary>
    public static string OutDir => Folder.Value;

    public static string HtmlPath => Path.Combine(OutDir, "report.html");

    private static string Write()
    {
        var outDir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review", "bundled-report");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        var run = CliRun.Of("run", Repository.BundledReport, "--out", outDir, "--until", "report");
        // 1: the bundled report's checks fail, which is the tool working.
        if (run.ExitCode is not (0 or 1)) throw new InvalidOperationException($"stats run exited {run.ExitCode}: {run.Stderr}");
        return outDir;
    }
}
