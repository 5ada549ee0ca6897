using System.Security.Cryptography;
using Stats.Tests.Cli;
using Stats.Tests.Reporting;

namespace Stats.Tests.Cli.Stages;

public class ReportStageTests
{
    private static readonly string[] Expected =
    [
        "plots/areas-across-years.png", "plots/areas-across-years.svg", "plots/findings-overview.png", "plots/findings-overview.svg",
        "plots/granularity.png", "plots/granularity.svg", "plots/growth-coherence.png", "plots/growth-coherence.svg",
        "plots/revenue-composition.png", "plots/revenue-composition.svg", "plots/yield-plausibility.png", "plots/yield-plausibility.svg",
        "report.html", "summary.md", "tables/agriculture.csv", "tables/figures.csv", "tables/fiscal.csv", "tables/summary.csv",
    ];

    private static SortedDictionary<string, byte[]> Written(string outDir, IEnumerable<string> inputs) =>
        new(Directory.GetFiles(outDir, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(outDir, p).Replace('\\', '/'))
            .Where(p => !inputs.Contains(p))
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(outDir, p))), StringComparer.Ordinal);

    [Test]
    public void The_report_verb_writes_tables_plots_html_and_summary_and_prints_the_summary()
    {
        using var temp = new TempFolder();
        var (report, outDir) = new EjinHoroSample().WriteTo(temp.Path);

        var run = CliRun.Of("report", report, "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        var written = Written(outDir, ["mentions.csv", "findings.csv", "hypotheses.csv", "manifest.json", ".lock"]);
        Assert.That(written.Keys, Is.EqualTo(Expected));
        // The summary, then the run's last line naming what it wrote and what its exit code means.
        Assert.That(run.Stdout, Does.StartWith(File.ReadAllText(Path.Combine(outDir, "summary.md"))));
        Assert.That(run.Stdout.TrimEnd().Split('\n')[^1], Does.StartWith("Wrote ").And.Contain("report.html").And.Contain("exit code 0"));
        Assert.That(run.Stdout, Does.Contain("## Failed findings"));
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(report, "report.txt"))));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "report.html")), Does.Contain(sha).And.Contain("ejin-horo-town-2023"));
    }

    [Test]
    public void Two_runs_write_the_same_bytes()
    {
        using var temp = new TempFolder();
        var (report, outDir) = new EjinHoroSample().WriteTo(temp.Path);
        // The manifest carries the run's clock readings; ReproducibilityTests compare it without them.
        string[] inputs = ["mentions.csv", "findings.csv", "hypotheses.csv", "manifest.json"];

        Assert.That(CliRun.Of("report", report, "--out", outDir).ExitCode, Is.EqualTo(0));
        var first = Written(outDir, inputs);
        Assert.That(CliRun.Of("report", report, "--out", outDir).ExitCode, Is.EqualTo(0));
        var second = Written(outDir, inputs);

        Assert.That(second.Keys, Is.EqualTo(first.Keys));
        foreach (var name in first.Keys) Assert.That(second[name], Is.EqualTo(first[name]), name);
    }

    [Test]
    public void Without_findings_csv_the_report_verb_says_to_run_check_first_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var (report, outDir) = new EjinHoroSample().WriteTo(temp.Path);
        File.Delete(Path.Combine(outDir, "findings.csv"));

        var run = CliRun.Of("report", report, "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("findings.csv").And.Contain("stats check"));
        Assert.That(File.Exists(Path.Combine(outDir, "report.html")), Is.False);
    }

    [Test]
    public void Empty_hand_overs_give_a_report_with_no_data_plots()
    {
        using var temp = new TempFolder();
        var sample = new EjinHoroSample();
        var (report, outDir) = sample.WriteTo(temp.Path);
        File.WriteAllBytes(Path.Combine(outDir, "findings.csv"), Stats.Pipeline.Tables.CsvFile.ToBytes(Stats.Core.Tables.FindingTable.ToDataFrame([])));
        File.WriteAllBytes(Path.Combine(outDir, "hypotheses.csv"), Stats.Pipeline.Tables.CsvFile.ToBytes(Stats.Core.Tables.HypothesisTable.ToDataFrame([])));

        var run = CliRun.Of("report", report, "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(File.ReadAllText(Path.Combine(outDir, "report.html")), Does.Contain("No findings"));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "tables", "figures.csv")), Does.Contain(",unchecked,"));
    }
}
