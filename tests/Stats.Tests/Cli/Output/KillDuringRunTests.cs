using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Stats.Tests.Cli.Output;

/// <summary>
/// Issue 16, item 6, its measure of done: <c>stats run</c> killed with SIGKILL at 20 moments over a folder holding a complete
/// previous run leaves, every time, the previous run or the new one whole; <c>verify</c> says so, and the next run succeeds.
/// </summary>
[NonParallelizable]
[Category("Slow")]
public class KillDuringRunTests
{
    // The 20 moments of a kill. They follow the run's own progress, not the clock, which a loaded machine stretches: two while
    // the process starts, before it touches the folder; fourteen when its staging folder holds so many files (the bundled
    // report's run stages 42: 1 from extract, 4 from check, 1 from diagnose, then the report's and the notebook's); four
    // during the switch, which lasts milliseconds and would otherwise never be hit: the instant its journal appears, and
    // when 1, 15 and 35 files of the previous run have been moved aside (as many new ones are in place).
    private static readonly Moment[] Moments =
    [
        new(After: TimeSpan.FromMilliseconds(150)), new(After: TimeSpan.FromMilliseconds(600)),
        new(Staged: 1), new(Staged: 3), new(Staged: 5), new(Aside: 0), new(Staged: 6), new(Staged: 7), new(Staged: 10),
        new(Aside: 1), new(Staged: 14), new(Staged: 18), new(Staged: 22), new(Aside: 15), new(Staged: 26), new(Staged: 30),
        new(Staged: 34), new(Staged: 38), new(Staged: 41), new(Aside: 35),
    ];

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

        Assert.That(CliRun.Of("run", withRules, "--out", outDir).ExitCode, Is.EqualTo(1), "the bundled report fails checks");
        Assert.That(CliRun.Of("verify", outDir).ExitCode, Is.EqualTo(0), "the previous run is complete");
        var holds = withRules;

        var outcomes = new List<string>();
        foreach (var (moment, kill) in Moments.Select((m, i) => (m, i)))
        {
            var next = Other(holds);
            using (var run = Start(next, outDir)) KillAt(moment, run, outDir);
            var left = Directory.GetDirectories(outDir, ".staging-*");
            var aside = left.Sum(MovedAside);
            var state = left.Any(s => File.Exists(Path.Combine(s, ".switching"))) ? $"mid-switch, {aside} files moved aside"
                : left.Length > 0 ? "staging" : "clean";

            var verify = CliRun.Of("verify", outDir);

            Assert.That(verify.ExitCode, Is.EqualTo(0), $"kill {kill + 1} ({state}): {verify.Stdout}{verify.Stderr}");
            Assert.That(Directory.GetDirectories(outDir, ".staging-*"), Is.Empty, $"kill {kill + 1}: verify recovered the folder");
            var found = Source(outDir) == Source(holds, outDir) ? holds : next;
            outcomes.Add($"{kill + 1} ({moment}): {state} -> {(found == holds ? "previous" : "new")}");
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

    private static void KillAt(Moment moment, Process run, string outDir)
    {
        if (moment.After is { } delay)
        {
            if (!run.WaitForExit(delay)) run.Kill(); // SIGKILL on Unix
        }
        else
        {
            var timeout = Stopwatch.StartNew();
            while (!run.HasExited && timeout.Elapsed < TimeSpan.FromMinutes(2))
            {
                if (Reached(moment, outDir))
                {
                    run.Kill();
                    break;
                }
                // A millisecond between looks leaves the run its core (the machine may have two); once the switch has begun,
                // which lasts a few milliseconds, every instant counts.
                if (!Switching(outDir)) Thread.Sleep(1);
            }
        }
        run.WaitForExit();
    }

    private static bool Reached(Moment moment, string outDir)
    {
        try
        {
            var staging = Directory.GetDirectories(outDir, ".staging-*");
            return moment.Aside is { } aside
                ? staging.Any(s => File.Exists(Path.Combine(s, ".switching")) && MovedAside(s) >= aside)
                : staging.Sum(s => Directory.EnumerateFiles(s, "*", SearchOption.AllDirectories).Count()) >= moment.Staged;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return false; // the folder went, or came, between listing and looking
        }
    }

    private static bool Switching(string outDir) =>
        Directory.GetDirectories(outDir, ".staging-*").Any(s => File.Exists(Path.Combine(s, ".switching")));

    private static int MovedAside(string staging)
    {
        var aside = Path.Combine(staging, ".previous");
        return Directory.Exists(aside) ? Directory.GetFiles(aside, "*", SearchOption.AllDirectories).Length : 0;
    }

    private static string Source(string outDir) => (string)JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!["source"]!;

    // How a manifest in outDir records an input folder.
    private static string Source(string input, string outDir) => Path.GetRelativePath(outDir, input).Replace('\\', '/');

    /// <summary>When to kill: a time after the start, a number of files in the staging folder, or a point of the switch.</summary>
    private sealed record Moment(TimeSpan? After = null, int Staged = 0, int? Aside = null)
    {
        public override string ToString() =>
            After is { } after ? $"{after.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} ms"
            : Aside is { } aside ? $"switching, {aside} moved aside"
            : $"{Staged} of 42 files staged";
    }
}
