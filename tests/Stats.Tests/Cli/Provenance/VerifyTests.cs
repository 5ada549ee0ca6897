using System.Text;
using System.Text.Json.Nodes;
using Stats.Tests.Cli;

namespace Stats.Tests.Cli.Provenance;

public class VerifyTests
{
    private static readonly byte[] SmallReport = "全年完成一般公共预算收入1.00亿元，其中税收收入0.67亿元，非税收入0.34亿元。全年粮食产量达到5016万吨。"u8.ToArray();

    private static (TempFolder Temp, string Town, string OutDir) SmallRun()
    {
        var temp = new TempFolder();
        temp.File("town/report.txt", SmallReport);
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", temp.Sub("town"), "--out", outDir).ExitCode, Is.EqualTo(0));
        return (temp, temp.Sub("town"), outDir);
    }

    [Test]
    public void Verify_reproduces_the_bundled_report_byte_for_byte_and_exits_0()
    {
        using var temp = new TempFolder();
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", Repository.BundledReport, "--out", outDir).ExitCode, Is.EqualTo(1));

        var verify = CliRun.Of("verify", outDir);

        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Stdout + verify.Stderr);
        Assert.That(verify.Stdout, Does.Match(@"all \d+ outputs").And.Contain("byte for byte"));
        Assert.That(verify.Stdout, Does.Not.Contain("# "), "the re-run's own summary is not printed");
    }

    [Test]
    public void Verify_names_an_output_whose_recorded_sha256_the_re_run_does_not_give_and_exits_1()
    {
        var (temp, _, outDir) = SmallRun();
        using var _temp = temp;
        var manifestPath = Path.Combine(outDir, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var findings = manifest["outputs"]!.AsArray().Single(o => (string?)o!["path"] == "findings.csv")!;
        findings["sha256"] = new string('0', 64);
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var verify = CliRun.Of("verify", outDir);

        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.Stderr);
        Assert.That(verify.Stdout, Does.Contain("drift: findings.csv: the re-run gives SHA-256"));
        Assert.That(verify.Stdout, Does.Not.Contain("drift: mentions.csv"));
    }

    [Test]
    public void Verify_names_an_output_changed_after_the_run_and_exits_1()
    {
        var (temp, _, outDir) = SmallRun();
        using var _temp = temp;
        File.AppendAllText(Path.Combine(outDir, "tables", "fiscal.csv"), "tampered\n");

        var verify = CliRun.Of("verify", outDir);

        Assert.That(verify.ExitCode, Is.EqualTo(1));
        Assert.That(verify.Stdout, Does.Contain("drift: tables/fiscal.csv: the file in the output folder was changed after the run"));
    }

    [Test]
    public void Verify_without_a_manifest_is_bad_input()
    {
        using var temp = new TempFolder();

        var verify = CliRun.Of("verify", temp.Path);

        Assert.That(verify.ExitCode, Is.EqualTo(2));
        Assert.That(verify.Stderr, Does.Contain("manifest.json").And.Contain("stats run"));
    }

    [Test]
    public void Verify_with_a_missing_input_says_which_and_is_bad_input()
    {
        var (temp, town, outDir) = SmallRun();
        using var _temp = temp;
        File.Delete(Path.Combine(town, "report.txt"));

        var verify = CliRun.Of("verify", outDir);

        Assert.That(verify.ExitCode, Is.EqualTo(2));
        Assert.That(verify.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(verify.Stderr, Does.Contain(Path.Combine(town, "report.txt")).And.Contain("report input recorded in the manifest is missing"));
    }

    [Test]
    public void Verify_with_an_input_whose_sha256_changed_says_which_and_is_bad_input()
    {
        var (temp, town, outDir) = SmallRun();
        using var _temp = temp;
        File.WriteAllBytes(Path.Combine(town, "report.txt"), [.. SmallReport, .. Encoding.UTF8.GetBytes("新增一句。")]);

        var verify = CliRun.Of("verify", outDir);

        Assert.That(verify.ExitCode, Is.EqualTo(2));
        Assert.That(verify.Stderr, Does.Contain(Path.Combine(town, "report.txt")).And.Contain("changed since the run"));
    }
}
