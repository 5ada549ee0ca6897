using Stats.Tests.Cli;

namespace Stats.Tests.Reporting.Html;

/// <summary>The bundled report's page as a reader gets it, from the run the tests share (<see cref="BundledReportRun"/>).</summary>
public static class BundledReportPage
{
    /// <summary>The --out folder holding report.html, plots/ and manifest.json.</summary>
    public static string OutDir
    {
        get
        {
            var run = BundledReportRun.Run;
            // 1: the bundled report's checks fail, which is the tool working.
            if (run.ExitCode is not (0 or 1)) throw new InvalidOperationException($"stats run exited {run.ExitCode}: {run.Stderr}");
            return BundledReportRun.OutDir;
        }
    }

    public static string HtmlPath => Path.Combine(OutDir, "report.html");
}
