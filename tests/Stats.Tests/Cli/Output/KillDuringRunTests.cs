using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Stats.Tests.Cli.Output;

/// <summary>
/// Issue 16, item 6, its measure of done: <c>stats run</c> killed with SIGKILL at 20 moments over a folder holding a complete
/// previous run leaves, every time, the previous run or the new one whole; <c>verify</c> says so, and the next run succeeds.
/// </summary>
[Category("Slow")]
public class KillDuringRunTests
{
    private const int Kills = 20;

    // Of the 20 kills, these fall the moment the switch begins (its journal appears) instead of at a moment of the clock:
    // the switch lasts milliseconds, so moments spread over the run would almost never land in it.
    private static readonly int[] AtTheSwitch = [4, 9, 14, 19];

    [Test]
    public void A_run_killed_at_any_of_20_moments_leaves_the_previous_run_or_the_new_one_whole_and_verify_agrees()
    {
        using var temp = new TempFolder();
        // Two inputs whose runs differ in every stage's files and in which files they write (the yaml copies under input/),
        // so a folder holding files of both would drift from either manifest.
        var withRules = Repository.BundledReport;
        var bare = temp.Sub("bare");
        temp.File("bare/report.txt", File.ReadAllBytes(Path.Combine(withRules, "report.txt")));
        var outDir = temp.Sub("out");
        string Other(string input) => input == withRules ? bare : withRules;

        // The first, complete run, timed as a child process: the kills are spread over the same span.
        var clock = Stopwatch.StartNew();
        using (var first = Start(withRules, outDir)) first.WaitForExit();
        var span = clock.Elapsed;
        Assert.That(CliRun.Of("verify", outDir).ExitCode, Is.EqualTo(0), "the previous run is complete");
        var holds = withRules;

        var outcomes = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            var next = Other(holds);
            using (var run = Start(next, outDir))
            {
                if (AtTheSwitch.Contains(kill)) KillAtTheSwitch(run, outDir);
                else KillAfter(run, span * (kill + 1) / (Kills + 1));
            }
            var state = Directory.GetDirectories(outDir, ".staging-*").Any(s => File.Exists(Path.Combine(s, ".switching"))) ? "mid-switch"
                : Directory.GetDirectories(outDir, ".staging-*").Length > 0 ? "staging" : "clean";

            var verify = CliRun.Of("verify", outDir);

            Assert.That(verify.ExitCode, Is.EqualTo(0), $"kill {kill + 1} ({state}): {verify.Stdout}{verify.Stderr}");
            Assert.That(Directory.GetDirectories(outDir, ".staging-*"), Is.Empty, $"kill {kill + 1}: verify recovered the folder");
            var found = Source(outDir) == Source(holds, outDir) ? holds : next;
            outcomes.Add($"{kill + 1}: {state} -> {(found == holds ? "previous" : "new")}");
            if (state == "staging") Assert.That(found, Is.EqualTo(holds), $"kill {kill + 1}: a run stopped before its switch leaves the previous run");

            // The run after a kill succeeds, and leaves a whole run of the other input for the next kill to be stopped over.
            var again = CliRun.Of("run", Other(found), "--out", outDir);
            Assert.That(again.ExitCode, Is.LessThan(2), $"kill {kill + 1}: {again.Stderr}");
            holds = Other(found);
        }
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, outcomes));
        Assert.That(CliRun.Of("verify", outDir).ExitCode, Is.EqualTo(0));
    }

    private static Process Start(string input, string outDir)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Stats.Tests.Cli.Program.Dll, "run", input, "--out", outDir }) info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void KillAfter(Process run, TimeSpan delay)
    {
        if (!run.WaitForExit(delay)) run.Kill(); // SIGKILL on Unix
        run.WaitForExit();
    }

    private static void KillAtTheSwitch(Process run, string outDir)
    {
        var timeout = Stopwatch.StartNew();
        while (!run.HasExited && timeout.Elapsed < TimeSpan.FromMinutes(1))
        {
            try
            {
                if (Directory.EnumerateDirectories(outDir, ".staging-*").Any(s => File.Exists(Path.Combine(s, ".switching"))))
                {
                    run.Kill();
                    break;
                }
            }
            catch (DirectoryNotFoundException)
            {
                // the staging folder went between listing and looking
            }
        }
        run.WaitForExit();
    }

    private static string Source(string outDir) => (string)JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!["source"]!;

    // How a manifest in outDir records an input folder.
    private static string Source(string input, string outDir) => Path.GetRelativePath(outDir, input).Replace('\\', '/');
}
