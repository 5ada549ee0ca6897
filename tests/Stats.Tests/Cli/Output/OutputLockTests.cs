using System.Text;

namespace Stats.Tests.Cli.Output;

/// <summary>Issue 16, item 7: a second run into an --out another run holds says so in one line, exit 2, and touches nothing.</summary>
public class OutputLockTests
{
    private const string Report = "全年完成一般公共预算收入1.00亿元，其中税收收入0.77亿元，非税收入0.23亿元。";

    private static IEnumerable<TestCaseData> Verbs()
    {
        yield return new TestCaseData("run").SetName("A run into a folder another run holds is refused at once");
        yield return new TestCaseData("extract").SetName("A verb into a folder another run holds is refused at once");
        yield return new TestCaseData("verify").SetName("Verify of a folder another run holds is refused at once");
    }

    [TestCaseSource(nameof(Verbs))]
    public void A_folder_another_run_holds_is_in_use_one_line_exit_2_and_left_as_it_was(string verb)
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", temp.Sub("report"), "--out", outDir).ExitCode, Is.EqualTo(0));
        var before = StagingTests.Contents(outDir);

        CliRun second;
        // The other run: the lock file held as 'stats' holds it (an flock on Unix, a sharing violation on Windows).
        using (new FileStream(Path.Combine(outDir, ".lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            second = verb == "verify" ? CliRun.Of("verify", outDir) : CliRun.Of(verb, temp.Sub("report"), "--out", outDir);

        Assert.That(second.ExitCode, Is.EqualTo(2), second.Stdout);
        Assert.That(second.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(second.Stderr, Does.Contain(outDir).And.Contain("is in use by another run"));
        Assert.That(StagingTests.Contents(outDir), Is.EqualTo(before));
        Assert.That(CliRun.Of("run", temp.Sub("report"), "--out", outDir).ExitCode, Is.EqualTo(0), "once the other run lets go, the folder is free");
    }
}
