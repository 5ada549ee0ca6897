using System.Text;

namespace Stats.Tests.Cli.Stages;

public class CheckCommandTests
{
    private static readonly string Bundled = File.ReadAllText(Path.Combine(Repository.Root, "data", "reports", "ejin-horo-town-2023", "report.txt"));

    [Test]
    public void A_report_folder_holding_only_report_txt_gets_findings_from_the_generic_checks()
    {
        using var temp = new TempFolder();
        temp.File("town/report.txt", Encoding.UTF8.GetBytes(Bundled));

        var run = CliRun.Of("run", temp.Sub("town"), "--out", temp.Sub("out"));

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        var findings = File.ReadAllText(Path.Combine(temp.Sub("out"), "findings.csv"));
        Assert.That(findings, Does.Contain("growth:").And.Contain("per_unit:").And.Contain("share:").And.Contain("parts:"));
        Assert.That(findings, Does.Not.Contain("rules.yaml"));
    }

    [Test]
    public void A_report_without_inconsistencies_exits_0()
    {
        using var temp = new TempFolder();
        var path = temp.File("ok.txt", "全年完成一般公共预算收入1.00亿元，其中税收收入0.67亿元，非税收入0.34亿元。"u8.ToArray());

        Assert.That(CliRun.Of("run", path, "--out", temp.Sub("out")).ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Check_before_extract_says_which_stage_to_run_first()
    {
        using var temp = new TempFolder();
        var path = temp.File("r.txt", "全年粮食产量达到5016万吨。"u8.ToArray());

        var run = CliRun.Of("check", path, "--out", temp.Sub("out"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("mentions.csv").And.Contain("stats extract"));
    }

    private static IEnumerable<TestCaseData> BadDataFiles()
    {
        yield return new TestCaseData("rules.yaml", "rules:\n  - id: r\n    label: l\n    description: d\n    severity: error\n    expression: nowhere.figure > 1\n", "rules.yaml:6:")
            .SetName("A rule naming an unknown figure is refused with file line and column");
        yield return new TestCaseData("rules.yaml", "rules: [\n", "rules.yaml:")
            .SetName("Malformed YAML is refused with file line and column");
        yield return new TestCaseData("figures.yaml", "figures:\n  - id: a\n    label_zh: 甲\n    label_en: a\n    quote: 999999万吨\n    period: 2022\n    basis: actual\n", "figures.yaml:5:")
            .SetName("A catalogue quote matching nothing is refused with file line and column");
        yield return new TestCaseData("figures.yaml", "figures:\n  - id: a\n    label_zh: 甲\n    label_en: a\n    quote: 3%\n    period: 2023\n    basis: target\n", "figures.yaml:5:")
            .SetName("A catalogue quote matching several mentions is refused with file line and column");
        yield return new TestCaseData("rules.yaml", "define:\n  - id: a\n    expression: b + 1\n  - id: b\n    expression: a + 1\nrules: []\n", "rules.yaml:")
            .SetName("A circular definition is refused with file line and column");
    }

    [TestCaseSource(nameof(BadDataFiles))]
    public void A_bad_data_file_gets_one_line_exit_2_and_no_findings(string name, string content, string where)
    {
        using var temp = new TempFolder();
        temp.File("town/report.txt", Encoding.UTF8.GetBytes(Bundled));
        temp.File("town/" + name, Encoding.UTF8.GetBytes(content));

        var run = CliRun.Of("run", temp.Sub("town"), "--out", temp.Sub("out"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain(where));
        Assert.That(run.Stderr, Does.Not.Contain(" at Stats."), "no stack trace without --verbose");
        Assert.That(Directory.Exists(temp.Sub("out")), Is.False, "the run stops before its first stage writes anything");
    }
}
