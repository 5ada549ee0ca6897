using System.Text;

namespace Stats.Tests.Cli;

/// <summary>Issue 16, item 3: a small value written by extract is read back by check.</summary>
public class PlainNotationTests
{
    [Test]
    public void A_value_of_a_hundred_thousandth_goes_through_every_stage_in_plain_notation()
    {
        using var temp = new TempFolder();
        var report = temp.File("small.txt", Encoding.UTF8.GetBytes("面积0.00001亩。"));
        var outDir = temp.Sub("out");

        var extract = CliRun.Of("extract", report, "--out", outDir);
        var check = CliRun.Of("check", report, "--out", outDir);
        var run = CliRun.Of("run", report, "--out", temp.Sub("run"));

        Assert.That((extract.ExitCode, check.ExitCode, run.ExitCode), Is.EqualTo((0, 0, 0)), extract.Stderr + check.Stderr + run.Stderr);
        var mentions = File.ReadAllText(Path.Combine(outDir, "mentions.csv"));
        Assert.That(mentions, Does.Contain(",0.00001,0.00001,亩,").And.Not.Contain("E-"));
        foreach (var csv in Directory.GetFiles(temp.Sub("run"), "*.csv", SearchOption.AllDirectories))
            Assert.That(File.ReadAllText(csv), Does.Not.Match("[0-9]E[-+]?[0-9]"), csv);
    }
}
