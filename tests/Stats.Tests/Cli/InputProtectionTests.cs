using System.Text;

namespace Stats.Tests.Cli;

/// <summary>Issue 16, item 5: no output replaces an input of the same run.</summary>
public class InputProtectionTests
{
    private const string Report = "全年完成一般公共预算收入1.00亿元，其中税收收入0.77亿元，非税收入0.23亿元。";

    [Test]
    public void Extracting_mentions_csv_into_its_own_folder_is_refused_and_leaves_it_as_it_was()
    {
        using var temp = new TempFolder();
        var input = temp.File("mentions.csv", Encoding.UTF8.GetBytes(Report));
        var before = Listing(temp.Path);

        var run = CliRun.Of("extract", input, "--out", temp.Path);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain(input).And.Contain("would replace it"));
        Assert.That(File.ReadAllText(input), Is.EqualTo(Report));
        Assert.That(Listing(temp.Path), Is.EqualTo(before), "nothing written, not even manifest.json");
    }

    [Test]
    public void Running_a_previous_runs_input_copy_into_that_run_is_refused_before_any_stage_writes()
    {
        using var temp = new TempFolder();
        var outDir = temp.Sub("out");
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        Assert.That(CliRun.Of("run", temp.Sub("report"), "--out", outDir).ExitCode, Is.LessThan(2));
        var before = Listing(outDir);
        var mentions = File.ReadAllBytes(Path.Combine(outDir, "mentions.csv"));

        // The notebook stage writes input/report.txt: run on out/input, it would replace the report it reads.
        var run = CliRun.Of("run", Path.Combine(outDir, "input"), "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain(Path.Combine(outDir, "input", "report.txt")).And.Contain("would replace it"));
        Assert.That(Listing(outDir), Is.EqualTo(before));
        Assert.That(File.ReadAllBytes(Path.Combine(outDir, "mentions.csv")), Is.EqualTo(mentions), "extract did not run");
    }

    [Test]
    public void Reference_data_read_from_the_output_folders_reference_copy_is_refused()
    {
        using var temp = new TempFolder();
        var outDir = temp.Sub("out");
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        Assert.That(CliRun.Of("run", temp.Sub("report"), "--out", outDir).ExitCode, Is.LessThan(2));

        var run = CliRun.Of("run", temp.Sub("report"), "--out", outDir, "--reference", Path.Combine(outDir, "reference"));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr, Does.Contain(Path.Combine(outDir, "reference")).And.Contain("would replace it"));
    }

    internal static IReadOnlyList<(string, long, DateTime)> Listing(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (f, new FileInfo(f).Length, File.GetLastWriteTimeUtc(f))).ToList();
}
