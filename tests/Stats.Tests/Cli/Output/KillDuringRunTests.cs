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

    // The moments are dealt round-robin to chains of their own output folders, which run side by side: a kill needs only the
    // whole run its folder holds, so the chains are independent, and each moment is still met over a previous run of the other
    // input.
    private const int Chains = 2;

    [Test]
    public void A_run_killed_at_any_of_20_moments_leaves_the_previous_run_or_the_new_one_whole_and_verify_agrees()
    {
        using var temp = new TempFolder();
        // Two inputs whose runs differ in every stage's files and in which files they write (the yaml copies under input/),
        // so a folder holding files of both would drift from either manifest.
        var withRules = Repository.BundledReport;
        var bare = temp.Sub("bare");
        temp.File("bare/report.txt", File.ReadAllBytes(Path.Combine(withRules, "report.txt")));

        var chains = Enumerable.Range(0, Chains)
            .Select(c => Task.Factory.StartNew(
                () => Chain(withRules, bare, temp.Sub($"out-{c}"), Enumerable.Range(0, Moments.Length).Where(k => k % Chains == c)),
                TaskCreationOptions.LongRunning))
            .ToArray();
        Task.WaitAll(chains);

        var outcomes = new List<string>();
        foreach (var chain in chains.Select(c => c.Result))
        {
            Assert.That(chain.First.ExitCode, Is.EqualTo(1), "the bundled report fails checks");
            Assert.That(chain.FirstVerify?.ExitCode, Is.EqualTo(0), "the previous run is complete");
        }
        foreach (var kill in chains.SelectMany(c => c.Result.Kills).OrderBy(k => k.Number))
        {
            var (state, verify) = (kill.State, kill.Verify);
            Assert.That(verify.ExitCode, Is.EqualTo(0), $"kill {kill.Number} ({state}): {verify.Stdout}{verify.Stderr}");
            Assert.That(kill.StagingAfterVerify, Is.Empty, $"kill {kill.Number}: verify recovered the folder");
            outcomes.Add($"{kill.Number} ({Moments[kill.Number - 1]}): {state} -> {(kill.FoundPrevious ? "previous" : "new")}");
            if (state == "staging") Assert.That(kill.FoundPrevious, Is.True, $"kill {kill.Number}: a run stopped before its switch leaves the previous run");
            Assert.That(kill.Again?.ExitCode, Is.LessThan(2), $"kill {kill.Number}: {kill.Again?.Stderr}");
        }
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, outcomes));
        Assert.That(outcomes, Has.Count.EqualTo(Moments.Length), "every chain met each of its moments");
        foreach (var chain in chains.Select(c => c.Result))
            Assert.That(chain.LastVerify?.ExitCode, Is.EqualTo(0));
    }

    /// <summary>
    /// A complete run of the bundled report into <paramref name="outDir"/>, then for each of the <paramref name="kills"/> a run
    /// of the other input killed at its moment, verify, and a run again. The test asserts on what it returns; a chain stops at
    /// the first kill that goes wrong, as the test would.
    /// </summary>
    private static ChainResult Chain(string withRules, string bare, string outDir, IEnumerable<int> kills)
    {
        string Other(string input) => input == withRules ? bare : withRules;

        var first = CliRun.Of("run", withRules, "--out", outDir);
        if (first.ExitCode != 1) return new ChainResult(first, null, [], null);
        var firstVerify = CliRun.Of("verify", outDir);
        if (firstVerify.ExitCode != 0) return new ChainResult(first, firstVerify, [], null);
        var holds = withRules;

        var done = new List<KillResult>();
        foreach (var kill in kills)
        {
            var moment = Moments[kill];
            var next = Other(holds);
            using (var run = Start(next, outDir)) KillAt(moment, run, outDir);
            var left = Directory.GetDirectories(outDir, ".staging-*");
            var aside = left.Sum(MovedAside);
            var state = left.Any(s => File.Exists(Path.Combine(s, ".switching"))) ? $"mid-switch, {aside} files moved aside"
                : left.Any(HoldsStagedFiles) ? "staging"
                : left.Length > 0 ? "cleaning up after the switch" : "clean";

            var verify = CliRun.Of("verify", outDir);
            var staging = Directory.GetDirectories(outDir, ".staging-*");
            var result = new KillResult(kill + 1, state, verify, staging, FoundPrevious: false, Again: null);
            if (verify.ExitCode != 0 || staging.Length > 0) return new ChainResult(first, firstVerify, [.. done, result], null);
            var found = Source(outDir) == Source(holds, outDir) ? holds : next;
            result = result with { FoundPrevious = found == holds };
            if (state == "staging" && found != holds) return new ChainResult(first, firstVerify, [.. done, result], null);

            // The run after a kill succeeds, and leaves a whole run of the other input for the next kill to be stopped over.
            var again = CliRun.Of("run", Other(found), "--out", outDir);
            done.Add(result with { Again = again });
            if (again.ExitCode >= 2) return new ChainResult(first, firstVerify, done, null);
            holds = Other(found);
        }
        return new ChainResult(first, firstVerify, done, CliRun.Of("verify", outDir));
    }

    /// <summary>What a chain saw: its first run and verify, each kill it met, and the verify after its last.</summary>
    private sealed record ChainResult(CliRun First, CliRun? FirstVerify, IReadOnlyList<KillResult> Kills, CliRun? LastVerify);

    /// <summary>One kill: the folder's state after it, verify's result and what it left, which run was found, the run after.</summary>
    private sealed record KillResult(int Number, string State, CliRun Verify, string[] StagingAfterVerify, bool FoundPrevious, CliRun? Again);

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

    // A staging folder holds staged files only before its switch, which moves them into place; a folder left without its
    // journal and without them is the clean-up after a switch (the journal goes first), over a run already whole.
    private static bool HoldsStagedFiles(string staging)
    {
        try
        {
            var aside = Path.Combine(staging, ".previous") + Path.DirectorySeparatorChar;
            return Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Any(f => !f.StartsWith(aside, StringComparison.Ordinal));
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
    }

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
