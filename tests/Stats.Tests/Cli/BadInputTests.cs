using System.Text;

namespace Stats.Tests.Cli;

public class BadInputTests
{
    private static IEnumerable<TestCaseData> BadFiles()
    {
        yield return new TestCaseData("empty.txt", Array.Empty<byte>(), "empty").SetName("An empty file is refused");
        yield return new TestCaseData("blank.txt", "  \n\n"u8.ToArray(), "no text").SetName("A file of blanks is refused");
        yield return new TestCaseData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48 }, "binary").SetName("A binary file is refused");
    }

    [TestCaseSource(nameof(BadFiles))]
    public void A_bad_report_gets_one_line_naming_the_file_exit_code_2_and_nothing_written(string name, byte[] content, string problem)
    {
        using var temp = new TempFolder();
        var path = temp.File(name, content);
        var outDir = temp.Sub("out");

        var run = CliRun.Of("extract", path, "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain(path).And.Contain(problem));
        Assert.That(Directory.Exists(outDir), Is.False);
    }

    [Test]
    public void A_missing_path_is_refused_with_its_name()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("run", temp.Sub("nowhere"), "--out", temp.Sub("out"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("nowhere").And.Contain("no such file or folder"));
        Assert.That(Directory.Exists(temp.Sub("out")), Is.False);
    }

    [Test]
    public void A_folder_without_report_txt_is_refused()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Sub("empty-folder"));

        var run = CliRun.Of("extract", temp.Sub("empty-folder"), "--out", temp.Sub("out"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("report.txt"));
    }

    [Test]
    public void An_unknown_option_is_bad_input()
    {
        var run = CliRun.Of("extract", "x.txt", "--frobnicate");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("stats: "));
    }

    [Test]
    public void A_failing_stage_leaves_the_previous_outputs_intact()
    {
        using var temp = new TempFolder();
        var good = temp.File("good.txt", "全年粮食产量达到5016万吨。"u8.ToArray());
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("extract", good, "--out", outDir).ExitCode, Is.EqualTo(0));
        var before = File.ReadAllBytes(Path.Combine(outDir, "mentions.csv"));

        var bad = temp.File("bad.txt", [0xFF, 0x00, 0x12]);
        Assert.That(CliRun.Of("extract", bad, "--out", outDir).ExitCode, Is.EqualTo(2));

        Assert.That(File.ReadAllBytes(Path.Combine(outDir, "mentions.csv")), Is.EqualTo(before));
        Assert.That(Directory.GetDirectories(outDir), Is.Empty, "no staging folder is left behind");
    }
}
