using System.Text;
using Stats.Pipeline.Inputs;

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
        Assert.That(run.Stderr, Does.Not.Contain(" at Stats."), "no stack trace without --verbose");
        Assert.That(Directory.Exists(outDir), Is.False);
    }

    [Test]
    public void A_bad_report_shows_its_stack_trace_only_with_verbose()
    {
        using var temp = new TempFolder();
        var path = temp.File("empty.txt", []);

        var run = CliRun.Of("extract", path, "--out", temp.Sub("out"), "--verbose");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("empty").And.Contain(" at Stats."));
    }

    // It counts the whole process's allocations: no other test may run meanwhile.
    [Test, NonParallelizable]
    public void A_report_just_above_the_size_limit_is_refused_without_being_read()
    {
        using var temp = new TempFolder();
        var path = temp.Sub("huge.txt");
        using (var sparse = new FileStream(path, FileMode.CreateNew))
            sparse.SetLength(ReportSource.MaxReportBytes + 1); // sparse: no 32 MiB are written
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var run = CliRun.Of("run", path, "--out", temp.Sub("out"));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain(path).And.Contain($"{ReportSource.MaxReportBytes + 1} bytes").And.Contain("refused"));
        Assert.That(allocated, Is.LessThan(ReportSource.MaxReportBytes / 4), "the size is checked before the file is read");
        Assert.That(Directory.Exists(temp.Sub("out")), Is.False);
    }

    private static IEnumerable<TestCaseData> Encodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        yield return new TestCaseData("GB18030", (Func<string, byte[]>)(t => Encoding.GetEncoding("GB18030").GetBytes(t))).SetName("The bundled report in GB18030 gives the same mentions as in UTF-8");
        yield return new TestCaseData("GBK", (Func<string, byte[]>)(t => Encoding.GetEncoding(936).GetBytes(t))).SetName("The bundled report in GBK gives the same mentions as in UTF-8");
        yield return new TestCaseData("UTF-16LE", (Func<string, byte[]>)(t => [.. new UnicodeEncoding(false, true).GetPreamble(), .. new UnicodeEncoding(false, true).GetBytes(t)])).SetName("The bundled report in UTF-16 LE with BOM gives the same mentions as in UTF-8");
        yield return new TestCaseData("UTF-16BE", (Func<string, byte[]>)(t => [.. new UnicodeEncoding(true, true).GetPreamble(), .. new UnicodeEncoding(true, true).GetBytes(t)])).SetName("The bundled report in UTF-16 BE with BOM gives the same mentions as in UTF-8");
        yield return new TestCaseData("UTF-8-BOM", (Func<string, byte[]>)(t => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(t)])).SetName("The bundled report in UTF-8 with BOM gives the same mentions as without");
    }

    [TestCaseSource(nameof(Encodings))]
    public void A_re_encoded_report_gives_the_same_mentions_csv(string encoding, Func<string, byte[]> encode)
    {
        var original = Path.Combine(Repository.Root, "data", "reports", "ejin-horo-town-2023", "report.txt");
        var text = File.ReadAllText(original);
        using var temp = new TempFolder();
        var reencoded = temp.File(encoding + ".txt", encode(text));
        Assert.That(File.ReadAllBytes(reencoded), Is.Not.EqualTo(File.ReadAllBytes(original)));

        Assert.That(CliRun.Of("extract", original, "--out", temp.Sub("utf8")).ExitCode, Is.EqualTo(0));
        var run = CliRun.Of("extract", reencoded, "--out", temp.Sub(encoding));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(File.ReadAllBytes(Path.Combine(temp.Sub(encoding), "mentions.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(temp.Sub("utf8"), "mentions.csv"))));
    }

    [Test]
    public void A_check_stopped_by_a_bad_rules_file_leaves_the_previous_run_intact_and_no_staging_folder()
    {
        using var temp = new TempFolder();
        temp.File("town/report.txt", "全年完成一般公共预算收入1.00亿元，其中税收收入0.67亿元，非税收入0.34亿元。"u8.ToArray());
        var outDir = temp.Sub("out");
        Assert.That(CliRun.Of("run", temp.Sub("town"), "--out", outDir).ExitCode, Is.EqualTo(0));
        var before = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))).ToList();
        temp.File("town/rules.yaml", "rules:\n  - id: r\n    label: l\n    description: d\n    severity: error\n    expression: nowhere.figure > 1\n"u8.ToArray());

        var run = CliRun.Of("check", temp.Sub("town"), "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("rules.yaml:6:"));
        var after = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))).ToList();
        Assert.That(after, Is.EqualTo(before), "findings, tables and manifest of the previous run are untouched");
        Assert.That(Directory.GetDirectories(outDir).Select(Path.GetFileName), Has.None.StartsWith(".staging"));
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
