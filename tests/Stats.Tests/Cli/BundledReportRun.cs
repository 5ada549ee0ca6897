namespace Stats.Tests.Cli;

/// <summary>
/// One whole run of the bundled report by the in-process command line, written once per test run under the test output
/// (where a person can open it) and shared by the tests that only read its outputs; a test that changes an output folder,
/// or needs a run of its own, runs the command line itself.
/// </summary>
public static class BundledReportRun
{
    private static readonly Lazy<(CliRun Run, string OutDir)> Done = new(() =>
    {
        var outDir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review", "bundled-report");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        return (CliRun.Of("run", Repository.BundledReport, "--out", outDir), outDir);
    });

    /// <summary>What the run printed and its exit code (1: the bundled report's checks fail, which is the tool working).</summary>
    public static CliRun Run => Done.Value.Run;

    /// <summary>The --out folder: every stage's outputs and manifest.json.</summary>
    public static string OutDir => Done.Value.OutDir;
}
