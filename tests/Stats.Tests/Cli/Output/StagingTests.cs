using System.Text;
using System.Text.Json.Nodes;

namespace Stats.Tests.Cli.Output;

/// <summary>
/// Issue 16, item 6: a run switches all its stages' files and its manifest into --out at once, a stopped run's staging
/// folder is recovered by the next holder of the folder, and verify names anything in the folder it does not expect.
/// </summary>
public class StagingTests
{
    private const string Report = "全年完成一般公共预算收入1.00亿元，其中税收收入0.77亿元，非税收入0.23亿元。全年粮食产量达到5016万吨。";

    private const string Rules = "rules:\n  - id: parts\n    severity: error\n    expression: 1 == 1\n";

    [Test]
    public void A_run_on_another_report_removes_the_previous_runs_files_its_manifest_does_not_list()
    {
        using var temp = new TempFolder();
        temp.File("with-rules/report.txt", Encoding.UTF8.GetBytes(Report));
        temp.File("with-rules/rules.yaml", Encoding.UTF8.GetBytes(Rules));
        temp.File("bare/report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", temp.Sub("with-rules"), "--out", outDir).ExitCode, Is.EqualTo(0));
        Assert.That(File.Exists(Path.Combine(outDir, "input", "rules.yaml")), Is.True);

        var run = CliRun.Of("run", temp.Sub("bare"), "--out", outDir);
        var verify = CliRun.Of("verify", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(File.Exists(Path.Combine(outDir, "input", "rules.yaml")), Is.False);
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Stdout + verify.Stderr);
    }

    [Test]
    public void A_staging_folder_a_killed_run_left_is_removed_by_the_next_run()
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", temp.Sub("report"), "--out", outDir).ExitCode, Is.EqualTo(0));
        temp.File("out/.staging-0123/mentions.csv", "half a file"u8.ToArray());

        var run = CliRun.Of("extract", temp.Sub("report"), "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(Directory.GetDirectories(outDir, ".staging-*"), Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(outDir, "mentions.csv")), Does.Not.Contain("half a file"));
    }

    [Test]
    public void A_switch_that_a_folder_refuses_half_way_is_undone_and_leaves_the_previous_run_whole()
    {
        using var temp = new TempFolder();
        temp.File("with-rules/report.txt", Encoding.UTF8.GetBytes(Report));
        temp.File("with-rules/rules.yaml", Encoding.UTF8.GetBytes(Rules));
        temp.File("bare/report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", temp.Sub("bare"), "--out", outDir).ExitCode, Is.EqualTo(0));
        var before = Contents(outDir);
        // A folder where the new run puts input/rules.yaml: no file can be moved there, even by root, and the files that sort
        // before it (findings.csv, lib/…) have already been switched when the move fails.
        temp.File("out/input/rules.yaml/blocker", []);

        var run = CliRun.Of("run", temp.Sub("with-rules"), "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stdout);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain("the file system refused").And.Contain("rules.yaml"));
        Directory.Delete(Path.Combine(outDir, "input", "rules.yaml"), recursive: true);
        Assert.That(Contents(outDir), Is.EqualTo(before), "every file of the previous run is back, byte for byte, and nothing else");
        Assert.That(CliRun.Of("verify", outDir).ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Verify_names_each_file_and_folder_the_manifest_does_not_list_on_a_line_of_its_own_and_exits_1()
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", temp.Sub("report"), "--out", outDir).ExitCode, Is.EqualTo(0));
        temp.File("out/notes.txt", "a reviewer's notes"u8.ToArray());
        temp.File("out/plots/extra.png", [1]);
        temp.File("out/old/a.csv", [1]);

        var verify = CliRun.Of("verify", outDir);

        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.Stderr);
        var unexpected = verify.Stdout.Split('\n').Where(l => l.StartsWith("verify: unexpected: ", StringComparison.Ordinal)).ToList();
        Assert.That(unexpected, Is.EqualTo(new[]
        {
            "verify: unexpected: notes.txt: a file the manifest does not list and no run leaves",
            "verify: unexpected: old/: a folder the manifest does not list and no run leaves",
            "verify: unexpected: plots/extra.png: a file the manifest does not list and no run leaves",
        }));
        Assert.That(verify.Stdout, Does.Contain("3 unexpected entries"));
    }

    [Test]
    public void The_lock_file_is_neither_an_output_of_the_manifest_nor_unexpected_to_verify()
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", temp.Sub("report"), "--out", outDir).ExitCode, Is.EqualTo(0));

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!;
        var verify = CliRun.Of("verify", outDir);

        Assert.That(File.Exists(Path.Combine(outDir, ".lock")), Is.True);
        Assert.That(manifest["outputs"]!.AsArray().Select(o => (string?)o!["path"]), Has.None.StartsWith("."));
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Stdout);
    }

    [TestCase(false, TestName = "A switch killed before its manifest moved is undone by verify, which finds the previous run whole")]
    [TestCase(true, TestName = "A switch killed after its manifest moved is finished by verify, which finds the new run whole")]
    public void A_switch_a_killed_run_left_half_done_is_recovered_by_the_next_holder_of_the_folder(bool manifestMoved)
    {
        using var temp = new TempFolder();
        temp.File("with-rules/report.txt", Encoding.UTF8.GetBytes(Report));
        temp.File("with-rules/rules.yaml", Encoding.UTF8.GetBytes(Rules));
        temp.File("bare/report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = temp.Sub("out");
        var newRun = temp.Sub("new");
        Assert.That(CliRun.Of("run", temp.Sub("bare"), "--out", outDir).ExitCode, Is.EqualTo(0));
        Assert.That(CliRun.Of("run", temp.Sub("with-rules"), "--out", newRun).ExitCode, Is.EqualTo(0));
        var previous = Contents(outDir);
        var next = Contents(newRun);

        // What the switch of Output/Staging.cs leaves when killed half-way: the new run staged with its journal, the files that
        // sort first moved into place (those they replace moved aside), the rest still staged.
        var staging = Path.Combine(outDir, ".staging-0123");
        var staged = next.Select(f => f.Path).Where(p => p is not ".lock" and not "manifest.json").ToList();
        foreach (var file in next.Select(f => f.Path).Where(p => p != ".lock")) Copy(Path.Combine(newRun, file), Path.Combine(staging, file));
        File.WriteAllLines(Path.Combine(staging, ".switching"), staged);
        var moved = manifestMoved ? staged : staged.Take(staged.Count / 2).ToList();
        foreach (var file in moved)
        {
            if (File.Exists(Path.Combine(outDir, file))) Move(Path.Combine(outDir, file), Path.Combine(staging, ".previous", file));
            Move(Path.Combine(staging, file), Path.Combine(outDir, file));
        }
        if (manifestMoved) Move(Path.Combine(staging, "manifest.json"), Path.Combine(outDir, "manifest.json"));

        var verify = CliRun.Of("verify", outDir);

        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Stdout + verify.Stderr);
        Assert.That(Contents(outDir), Is.EqualTo(manifestMoved ? next : previous));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }

    private static void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite: true);
    }

    internal static IReadOnlyList<(string Path, string Sha256)> Contents(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (System.IO.Path.GetRelativePath(folder, f), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))).ToList();
}
