using System.Diagnostics;
using System.Text;

namespace Stats.Tests.Cli;

/// <summary>Issue 16, item 4: a figures.yaml built to expand (an alias bomb, as a key or a value) is refused at its place, at once.</summary>
// Its tests read the clock: they run alone.
[NonParallelizable]
public class YamlBombTests
{
    private const string Report = "全年完成一般公共预算收入1.00亿元，其中税收收入0.77亿元，非税收入0.23亿元。";

    // Each anchor holds ten of the one before: 10^levels values once expanded, from a few kilobytes of text.
    private static string Laughs(int levels)
    {
        var yaml = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i < levels; i++)
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        return yaml.ToString();
    }

    // A key is hashed node by node with every alias expanded, so even a bomb below the bound on values is refused as a key.
    private static IEnumerable<TestCaseData> Bombs()
    {
        yield return new TestCaseData(Laughs(4) + "? *a3\n: x\n", 5, 3, "mapping key")
            .SetName("An alias bomb used as a mapping key in figures.yaml is refused at the key");
        yield return new TestCaseData(Laughs(4) + "? [*a3]\n: x\n", 5, 3, "mapping key")
            .SetName("A list holding an alias bomb used as a mapping key in figures.yaml is refused at the key");
        yield return new TestCaseData(Laughs(30), 6, 45, "expand to more than")
            .SetName("An alias bomb used as a value in figures.yaml is refused where it outgrows the bound");
        yield return new TestCaseData("figures:\n" + new string('[', 100_000) + new string(']', 100_000) + "\n", 2, 64, "nests deeper")
            .SetName("A figures.yaml nested 100000 lists deep is refused at the first list too deep");
        yield return new TestCaseData("figures: *nowhere\n", 1, 10, "names no anchor")
            .SetName("An alias without an anchor in figures.yaml is refused at the alias");
    }

    [TestCaseSource(nameof(Bombs))]
    public void A_yaml_bomb_exits_2_at_once_with_one_line_naming_its_place_and_writes_nothing(string yaml, int line, int column, string reason)
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        temp.File("report/figures.yaml", Encoding.UTF8.GetBytes(yaml));
        var outDir = temp.Sub("out");
        var clock = Stopwatch.StartNew();

        var run = CliRun.Of("run", temp.Sub("report"), "--out", outDir);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.StartWith($"stats: report/figures.yaml:{line}:{column}: ").And.Contain(reason));
        Assert.That(Directory.Exists(outDir), Is.False);
    }

    [Test]
    public void A_figures_yaml_larger_than_the_bound_is_refused_before_it_is_parsed()
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        temp.File("report/figures.yaml", Encoding.UTF8.GetBytes("# " + new string('x', 5 * 1024 * 1024) + "\nfigures: []\n"));

        var run = CliRun.Of("run", temp.Sub("report"), "--out", temp.Sub("out"));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr, Does.StartWith("stats: report/figures.yaml:1:1: ").And.Contain("at most 4194304 are read"));
    }
}
