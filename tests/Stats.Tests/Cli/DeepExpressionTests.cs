using System.Text;
using Stats.Core.Rules.Expressions;

namespace Stats.Tests.Cli;

/// <summary>Issue 16, item 1: a rule nested far deeper than any person writes is refused at its place, never a stack overflow.</summary>
public class DeepExpressionTests
{
    private const string Report = "全年完成一般公共预算收入1.00亿元，其中税收收入0.77亿元，非税收入0.23亿元。";

    private static IEnumerable<TestCaseData> DeepRules()
    {
        const int n = 20_000;
        yield return new TestCaseData(new string('(', n) + "1" + new string(')', n) + " == 1", 4 + ExpressionParser.MaxDepth)
            .SetName("A rule nested 20000 brackets deep is refused at the first bracket too deep");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("abs(", n)) + "1" + new string(')', n) + " == 1", 4 + 4 * ExpressionParser.MaxDepth)
            .SetName("A rule of 20000 nested abs calls is refused at the first call too deep");
        yield return new TestCaseData(new string('-', 50_000) + "1 == 1", 4 + ExpressionParser.MaxDepth)
            .SetName("A rule of 50000 unary minus signs is refused at the first sign too deep");
        yield return new TestCaseData(string.Join(" + ", Enumerable.Repeat("1", 50_000)) + " == 1", null)
            .SetName("A chain of 50000 additions is refused before the evaluator can recurse through it");
    }

    [TestCaseSource(nameof(DeepRules))]
    public void A_deep_rule_exits_2_with_one_line_naming_its_place_and_writes_nothing(string expression, int? column)
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        temp.File("report/rules.yaml", Encoding.UTF8.GetBytes(
            "rules:\n  - id: deep\n    severity: error\n    expression: " + expression + "\n"));
        var outDir = temp.Sub("out");

        var run = CliRun.Of("run", temp.Sub("report"), "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        var place = column is { } c ? $"stats: report/rules.yaml:4:{c + 13}: " : "stats: report/rules.yaml:4:";
        Assert.That(run.Stderr, Does.StartWith(place).And.Contain("deeper than 200 levels"));
        Assert.That(Directory.Exists(outDir), Is.False);
    }

    [Test]
    public void A_chain_of_definitions_deeper_than_the_parser_allows_is_refused_without_recursing_through_it()
    {
        using var temp = new TempFolder();
        temp.File("report/report.txt", Encoding.UTF8.GetBytes(Report));
        var yaml = new StringBuilder("define:\n  - id: d0\n    expression: 1\n");
        for (var i = 1; i < 5_000; i++) yaml.Append($"  - id: d{i}\n    expression: d{i - 1} + 1\n");
        yaml.Append("rules:\n  - id: r\n    severity: error\n    expression: d4999 == 1\n");
        temp.File("report/rules.yaml", Encoding.UTF8.GetBytes(yaml.ToString()));
        var outDir = temp.Sub("out");

        var run = CliRun.Of("run", temp.Sub("report"), "--out", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.StartWith("stats: report/rules.yaml:202:9: The definition 'd100' nests deeper than 200 levels"));
        Assert.That(Directory.Exists(outDir), Is.False);
    }
}
