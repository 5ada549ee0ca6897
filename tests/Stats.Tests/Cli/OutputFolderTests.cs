using System.Text;

namespace Stats.Tests.Cli;

/// <summary>Issue 16, items 10 and 11: an --out that cannot be a run's own folder is refused in one line, before anything is written.</summary>
public class OutputFolderTests
{
    private const string Report = "全年完成一般公共预算收入1.00亿元，其中税收收入0.77亿元，非税收入0.23亿元。";

    private static IEnumerable<TestCaseData> Forbidden()
    {
        yield return new TestCaseData("/", "root of the file system").SetName("The root of the file system is refused as --out");
        yield return new TestCaseData(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "home folder").SetName("The home folder is refused as --out");
        yield return new TestCaseData(Repository.Root, "root of a repository").SetName("The repository's root is refused as --out");
    }

    [TestCaseSource(nameof(Forbidden))]
    public void A_folder_that_is_not_a_runs_own_is_refused_with_one_line(string outDir, string problem)
    {
        using var temp = new TempFolder();
        var report = temp.File("report.txt", Encoding.UTF8.GetBytes(Report));
        var before = Directory.GetFileSystemEntries(outDir).Order(StringComparer.Ordinal).ToList();

        var run = CliRun.Of("run", report, "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain(problem));
        Assert.That(Directory.GetFileSystemEntries(outDir).Order(StringComparer.Ordinal), Is.EqualTo(before));
    }

    [Test]
    public void An_out_that_is_a_file_is_refused_with_one_line_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        var report = temp.File("report.txt", Encoding.UTF8.GetBytes(Report));
        var file = temp.File("out", "keep"u8.ToArray());

        var run = CliRun.Of("run", report, "--out", file);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain(file).And.Contain("is a file, not a folder"));
        Assert.That(File.ReadAllText(file), Is.EqualTo("keep"));
    }

    [Test]
    public void An_out_the_file_system_will_not_write_is_one_line_naming_the_path_not_an_internal_error()
    {
        using var temp = new TempFolder();
        var report = temp.File("report.txt", Encoding.UTF8.GetBytes(Report));

        // /proc refuses new folders even to root, as a read-only mount would.
        var run = CliRun.Of("run", report, "--out", "/proc/stats-out");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain("/proc/stats-out").And.Contain("the file system refused").And.Not.Contain("internal error"));
    }

    [Test]
    public void A_folder_holding_unrelated_files_is_refused_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        var report = temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        temp.File("photos/holiday.jpg", [1, 2, 3]);
        var before = InputProtectionTests.Listing(temp.Path);

        var intoPhotos = CliRun.Of("run", temp.Sub("report"), "--out", temp.Sub("photos"));
        var intoReport = CliRun.Of("extract", temp.Sub("report"), "--out", temp.Sub("report"));

        Assert.That((intoPhotos.ExitCode, intoReport.ExitCode), Is.EqualTo((2, 2)));
        Assert.That(intoPhotos.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(intoPhotos.Stderr, Does.Contain("holds 'holiday.jpg'"));
        Assert.That(intoReport.Stderr, Does.Contain("holds 'report.txt'"));
        Assert.That(InputProtectionTests.Listing(temp.Path), Is.EqualTo(before));
        Assert.That(File.ReadAllText(report), Is.EqualTo(Report));
    }

    [Test]
    public void A_previous_runs_folder_is_accepted_again_even_with_files_of_its_own_beside_the_manifest()
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("extract", temp.Sub("report"), "--out", outDir).ExitCode, Is.EqualTo(0));
        temp.File("out/notes.txt", "a reviewer's notes"u8.ToArray());

        var run = CliRun.Of("run", temp.Sub("report"), "--out", outDir);

        Assert.That(run.ExitCode, Is.LessThan(2), run.Stderr);
        Assert.That(File.Exists(Path.Combine(outDir, "report.html")), Is.True);
    }

    [Test]
    public void A_folder_left_by_a_run_stopped_before_its_manifest_is_accepted()
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        temp.File("out/mentions.csv", "id\n"u8.ToArray());
        Directory.CreateDirectory(temp.Sub("out/.staging-0123"));

        var run = CliRun.Of("extract", temp.Sub("report"), "--out", temp.Sub("out"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
    }
}
