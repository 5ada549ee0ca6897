using System.Text;

namespace Stats.Tests.Cli.Corpus;

public class CorpusRunTests
{
    private const string Consistent = "全年完成一般公共预算收入1.00亿元，其中税收收入0.67亿元，非税收入0.34亿元。";
    private const string Inconsistent = "全年完成一般公共预算收入1.00亿元，其中税收收入0.80亿元，非税收入0.30亿元。";

    [Test]
    public void A_folder_of_reports_gets_one_output_folder_per_report_and_a_corpus_summary()
    {
        using var temp = new TempFolder();
        temp.File("corpus/a-town.txt", Encoding.UTF8.GetBytes(Consistent));
        temp.File("corpus/b-town/report.txt", Encoding.UTF8.GetBytes(Inconsistent));
        temp.File("corpus/notes.md", "not a report"u8.ToArray());
        var outDir = temp.Sub("out");

        var run = CliRun.Of("run", temp.Sub("corpus"), "--out", outDir, "--until", "check");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        Assert.That(File.Exists(Path.Combine(outDir, "a-town", "findings.csv")), Is.True);
        Assert.That(File.Exists(Path.Combine(outDir, "b-town", "findings.csv")), Is.True);
        var rows = File.ReadAllLines(Path.Combine(outDir, "corpus.csv"));
        Assert.That(rows[0], Is.EqualTo("report,status,exit,figures,checks,fail,warn,fail_by_kind,problem"));
        Assert.That(rows.Skip(1), Is.EqualTo(new[] { "a-town,ok,0,3,1,0,0,,", "b-town,checks_failed,1,3,1,1,0,parts=1," }));
        Assert.That(run.Stdout, Does.Contain("[2/2]").And.Contain("corpus: 2 reports, 1 ok, 1 with failed checks"));
    }

    [Test]
    public void One_broken_report_is_recorded_and_skipped_while_the_rest_go_on()
    {
        using var temp = new TempFolder();
        temp.File("corpus/good.txt", Encoding.UTF8.GetBytes(Consistent));
        temp.File("corpus/broken.txt", [0x89, 0x50, 0x00, 0x00, 0x01]);
        var outDir = temp.Sub("out");

        var run = CliRun.Of("run", temp.Sub("corpus"), "--out", outDir, "--until", "check");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        var rows = File.ReadAllLines(Path.Combine(outDir, "corpus.csv"));
        Assert.That(rows[1], Does.StartWith("broken,error,2,").And.Contain("binary"));
        Assert.That(rows[2], Does.StartWith("good,ok,0,"));
        Assert.That(Directory.Exists(Path.Combine(outDir, "broken")), Is.False, "a broken report writes nothing");
    }

    [Test]
    public void The_index_links_each_report_page_and_escapes_every_name()
    {
        using var temp = new TempFolder();
        temp.File("corpus/a<script>.txt", Encoding.UTF8.GetBytes(Consistent));
        temp.File("corpus/b<i>.txt", [0x00, 0xFF, 0xFE, 0x00, 0x01]);

        CliRun.Of("run", temp.Sub("corpus"), "--out", temp.Sub("out"), "--until", "report");
        var html = File.ReadAllText(Path.Combine(temp.Sub("out"), "index.html"));

        Assert.That(html, Does.Contain("href=\"a_script_/report.html\""), "a report's folder name keeps letters, digits, '-', '_' and '.'");
        Assert.That(html, Does.Contain("b&lt;i&gt;.txt"), "the problem names the broken file, escaped");
        Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain("<i>"));
    }

    [Test]
    public void Report_names_stay_inside_the_output_folder_and_unique()
    {
        using var temp = new TempFolder();
        temp.File("corpus/x.txt", Encoding.UTF8.GetBytes(Consistent));
        temp.File("corpus/x/report.txt", Encoding.UTF8.GetBytes(Consistent));
        temp.File("corpus/...txt", Encoding.UTF8.GetBytes(Consistent));

        CliRun.Of("run", temp.Sub("corpus"), "--out", temp.Sub("out"), "--until", "extract");
        var names = File.ReadAllLines(Path.Combine(temp.Sub("out"), "corpus.csv")).Skip(1).Select(row => row.Split(',')[0]).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names, Has.None.Contains("/").And.None.StartsWith("."));
        Assert.That(names.Select(n => Directory.Exists(Path.Combine(temp.Sub("out"), n))), Has.All.True, "each report has its folder inside --out");
        Assert.That(names, Does.Contain("x").And.Contain("x-2"));
    }

    [Test]
    public void Reports_named_after_the_corpus_outputs_get_folders_of_their_own_beside_them()
    {
        using var temp = new TempFolder();
        temp.File("corpus/corpus.csv.txt", Encoding.UTF8.GetBytes(Consistent));
        temp.File("corpus/index.html.txt", Encoding.UTF8.GetBytes(Consistent));
        temp.File("corpus/Manifest.json/report.txt", Encoding.UTF8.GetBytes(Consistent));
        var outDir = temp.Sub("out");

        var run = CliRun.Of("run", temp.Sub("corpus"), "--out", outDir, "--until", "check");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(File.Exists(Path.Combine(outDir, "corpus.csv")) && File.Exists(Path.Combine(outDir, "index.html")), Is.True);
        var names = File.ReadAllLines(Path.Combine(outDir, "corpus.csv")).Skip(1).Select(row => row.Split(',')[0]).ToList();
        Assert.That(names, Is.EqualTo(new[] { "Manifest.json-2", "corpus.csv-2", "index.html-2" }));
        Assert.That(names.Select(n => File.Exists(Path.Combine(outDir, n, "findings.csv"))), Has.All.True);
    }

    [Test]
    public void The_corpus_summary_is_the_same_bytes_on_every_run()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 6; i++) temp.File($"corpus/r{i}.txt", Encoding.UTF8.GetBytes(i % 2 == 0 ? Consistent : Inconsistent));

        CliRun.Of("run", temp.Sub("corpus"), "--out", temp.Sub("one"), "--until", "check");
        CliRun.Of("run", temp.Sub("corpus"), "--out", temp.Sub("two"), "--until", "check");

        foreach (var name in new[] { "corpus.csv", "index.html" })
            Assert.That(File.ReadAllBytes(Path.Combine(temp.Sub("two"), name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(temp.Sub("one"), name))), name);
    }

    /// <summary>Issue 16: a corpus holding one report of each adversarial kind finishes, records each, and exits with the promised code.</summary>
    [Test]
    public void A_corpus_of_one_report_of_each_adversarial_kind_finishes_and_records_each()
    {
        using var temp = new TempFolder();
        var rules = "rules:\n  - id: deep\n    kind: parts\n    expression: \"" + new string('(', 20_000) + "1" + new string(')', 20_000) + " == 1\"\n";
        var bomb = new StringBuilder("a0: &a0 [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]\n");
        for (var i = 1; i < 30; i++) bomb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        temp.File("corpus/01-deep-rule/report.txt", Encoding.UTF8.GetBytes(Consistent));
        temp.File("corpus/01-deep-rule/rules.yaml", Encoding.UTF8.GetBytes(rules));
        temp.File("corpus/02-long-sentence.txt", Encoding.UTF8.GetBytes("全年收入共计100万元，其中" + string.Join("、", Enumerable.Range(0, 4_000).Select(i => $"项目{i}收入1万元")) + "。"));
        temp.File("corpus/03-tiny-decimal.txt", Encoding.UTF8.GetBytes("全镇新增面积0.00001亩，占比0.000001%。"));
        temp.File("corpus/04-yaml-bomb/report.txt", Encoding.UTF8.GetBytes(Consistent));
        temp.File("corpus/04-yaml-bomb/figures.yaml", Encoding.UTF8.GetBytes(bomb.ToString()));
        temp.File("corpus/05-invalid-utf8.txt", [.. Encoding.UTF8.GetBytes(Consistent), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("。")]);
        temp.File("corpus/06-zero-width.txt", Encoding.UTF8.GetBytes("全年完成一般公共预算收入68\u200d29.11万元，其中税收收入6728.14万元，非税收入100.97万元。"));
        temp.File("corpus/07-formula.txt", Encoding.UTF8.GetBytes("=HYPERLINK(\"x\")全年完成一般公共预算收入1.00亿元，其中+税收收入0.80亿元，@非税收入0.30亿元。"));
        temp.File("corpus/08-consistent.txt", Encoding.UTF8.GetBytes(Consistent));
        var outDir = temp.Sub("out");

        var run = CliRun.Of("run", temp.Sub("corpus"), "--out", outDir, "--until", "check");

        var rows = File.ReadAllLines(Path.Combine(outDir, "corpus.csv")).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { "01-deep-rule", "02-long-sentence", "03-tiny-decimal", "04-yaml-bomb", "05-invalid-utf8", "06-zero-width", "07-formula", "08-consistent" }));
        Assert.That(rows.Where(r => r[1] == "error").Select(r => r[0]), Is.EquivalentTo(new[] { "01-deep-rule", "04-yaml-bomb", "05-invalid-utf8" }), "bad input is recorded as an error");
        Assert.That(rows.Where(r => r[1] == "error").Select(r => r[2]), Has.All.EqualTo("2"));
        Assert.That(rows.Single(r => r[0] == "07-formula")[1], Is.EqualTo("checks_failed"));
        // The highest exit code of the reports that ran: 1, since one report's checks failed (a broken report is recorded, not fatal).
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
    }
}
