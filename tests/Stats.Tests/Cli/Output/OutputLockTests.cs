using System.Diagnostics;
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

    [Test]
    public void Runs_started_together_into_one_folder_each_finish_or_say_it_is_in_use_and_never_read_each_others_files()
    {
        using var temp = new TempFolder();
        temp.File("a/report.txt", Encoding.UTF8.GetBytes(Report));
        temp.File("b/report.txt", Encoding.UTF8.GetBytes(Report.Replace("0.23", "0.24", StringComparison.Ordinal)));
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", temp.Sub("a"), "--out", outDir).ExitCode, Is.EqualTo(0));

        var runs = Enumerable.Range(0, 4).Select(i => Start(temp.Sub(i % 2 == 0 ? "b" : "a"), outDir)).ToList();
        var results = runs.Select(WaitFor).ToList();

        foreach (var (exit, stderr) in results)
            Assert.That(exit == 0 && stderr.Length == 0 || exit == 2 && stderr.Contains("is in use by another run", StringComparison.Ordinal), Is.True, $"exit {exit}: {stderr}");
        Assert.That(results.Select(r => r.Exit), Has.Some.EqualTo(0));
        var verify = CliRun.Of("verify", outDir);
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Stdout + verify.Stderr);
    }

    private static Process Start(string input, string outDir)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Stats.Tests.Cli.Program.Dll, "run", input, "--out", outDir }) info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static (int Exit, string Stderr) WaitFor(Process run)
    {
        using (run)
        {
            var stderr = run.StandardError.ReadToEndAsync();
            if (!run.WaitForExit(TimeSpan.FromMinutes(2))) run.Kill();
            run.WaitForExit();
            return (run.ExitCode, stderr.Result);
        }
    }
}
