using Stats.Core.DataFiles;
using Stats.Core.Findings;
using Stats.Core.References;
using Stats.Core.Rules;
using Stats.Core.Units;

namespace Stats.Tests.Core.Rules;

public class RuleSetTests
{
    private static readonly string[] Figures = ["tax", "total", "area"];

    private static UnitCatalog Units => UnitCatalog.Parse(Repository.Read("data/reference/units.yaml"), "data/reference/units.yaml");

    private static ReferenceSet References => ReferenceSet.Parse(
        "references:\n  - id: grain.output.im\n    value: 3900.5\n    unit: 万吨\n    source: s\n", "refs.yaml", Units);

    private static RuleSet Parse(string yaml) => RuleSet.Parse(yaml, "rules.yaml", Figures, References, Units);

    private const string OneRule = """
        rules:
          - id: tax.share
            label: tax share
            description: why
            severity: error
            expression: share(tax, total) == 98.5%
        """;

    [Test]
    public void A_rule_keeps_its_wording_severity_default_kind_and_source_line()
    {
        var rule = Parse(OneRule).Rules.Single();
        Assert.That((rule.Id, rule.Label, rule.Description, rule.Severity, rule.Kind, rule.Source),
            Is.EqualTo(("tax.share", "tax share", "why", Severity.Error, "rule", "rules.yaml:2")));
        Assert.That(rule.Text, Is.EqualTo("share(tax, total) == 98.5%"));
    }

    [Test]
    public void Definitions_may_use_each_other_in_any_order()
    {
        var set = Parse("""
            define:
              - id: b
                expression: a * 2
              - id: a
                expression: tax + total
            rules:
              - id: r
                severity: info
                expression: b <= ref.grain.output.im
            """);
        Assert.That(set.Definitions.Select(d => d.Id), Is.EqualTo(new[] { "b", "a" }));
    }

    // yaml, line, column, words of the reason
    [TestCase("rules:\n  - id: r\n    severity: error\n    expression: taxes == total\n", 4, 17, "Unknown figure 'taxes'")]
    [TestCase("rules:\n  - id: r\n    severity: error\n    expression: tax <= ref.grain.output.china\n", 4, 24, "Unknown reference")]
    [TestCase("rules:\n  - id: r\n    severity: error\n    expression: tax <= 3 \"担\"\n", 4, 24, "Unknown unit '担'")]
    [TestCase("rules:\n  - id: r\n    severity: error\n    expression: convert(tax, \"担\") <= 3\n", 4, 30, "Unknown unit '担'")]
    [TestCase("rules:\n  - id: r\n    severity: fatal\n    expression: tax == total\n", 3, 15, "not a severity")]
    [TestCase("rules:\n  - id: r\n    severity: error\n    expression: tax + total\n", 4, 28, "compare")]
    [TestCase("rules:\n  - id: r\n    severity: error\n", 2, 5, "Missing key 'expression'")]
    [TestCase("rules:\n  - id: r\n    severity: error\n    expresion: tax == total\n", 4, 5, "Unknown key 'expresion'")]
    [TestCase("rules:\n  - id: r\n    severity: error\n    expression: tax == total\n  - id: r\n    severity: error\n    expression: tax == total\n", 5, 9, "defined twice")]
    [TestCase("define:\n  - id: tax\n    expression: total\nrules: []\n", 2, 9, "already a figure")]
    [TestCase("define:\n  - id: x\n    expression: total ==\nrules: []\n", 3, 23, "Unexpected '=='")]
    [TestCase("rules:\n  - id: r\n    severity: error\n    expression: printed(ref.grain.output.im) == 1\n", 4, 17, "printed takes")]
    [TestCase("rules: [\n", 2, 1, "")]
    public void Mistakes_are_errors_at_their_line_and_column(string yaml, int line, int column, string reason)
    {
        var e = Assert.Throws<DataFileException>(() => Parse(yaml));
        Assert.That((e!.File, e.Line, e.Column), Is.EqualTo(("rules.yaml", line, column)), e.Message);
        Assert.That(e.Reason, Does.Contain(reason));
        Assert.That(e.Message, Does.StartWith($"rules.yaml:{line}:{column}: "));
    }

    [Test]
    public void Circular_definitions_are_an_error_naming_the_cycle_and_its_place()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("""
            define:
              - id: a
                expression: b + 1
              - id: b
                expression: c * 2
              - id: c
                expression: a - tax
            rules:
              - id: r
                severity: error
                expression: a == 1
            """));
        Assert.That((e!.Line, e.Column), Is.EqualTo((2, 9)));
        Assert.That(e.Reason, Does.Contain("a -> b -> c -> a"));
    }

    [Test]
    public void A_definition_using_itself_is_circular()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("define:\n  - id: a\n    expression: a + 1\nrules: []\n"));
        Assert.That(e!.Reason, Does.Contain("a -> a"));
    }
}
