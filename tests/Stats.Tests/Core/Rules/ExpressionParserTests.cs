using Stats.Core.DataFiles;
using Stats.Core.Rules.Expressions;
using YamlDotNet.RepresentationModel;

namespace Stats.Tests.Core.Rules;

public class ExpressionParserTests
{
    private static LocatedText At(string text, int line = 1, int column = 1) => LocatedText.OnOneLine(text, "rules.yaml", new SourcePosition(line, column));

    private static Expression Value(string text) => ExpressionParser.ParseValue(At(text));

    private static Expression Rule(string text) => ExpressionParser.ParseRule(At(text));

    [Test]
    public void Products_bind_tighter_than_sums()
    {
        var e = Value("a + b * c");
        Assert.That(e, Is.TypeOf<Arithmetic>());
        var sum = (Arithmetic)e;
        Assert.That(sum.Operator, Is.EqualTo('+'));
        Assert.That(sum.Right, Is.TypeOf<Arithmetic>().With.Property("Operator").EqualTo('*'));
    }

    [Test]
    public void Operators_of_one_level_associate_to_the_left()
    {
        var e = (Arithmetic)Value("a - b - c");
        Assert.That(e.Left, Is.TypeOf<Arithmetic>());
        Assert.That(e.Right, Is.EqualTo(new Name("c", new SourcePosition(1, 9))));
    }

    [Test]
    public void Parentheses_and_unary_minus_nest()
    {
        var e = (Arithmetic)Value("-(a + b) * 2");
        Assert.That(e.Left, Is.TypeOf<Negation>());
        Assert.That(e.Right, Is.EqualTo(new NumberLiteral(2m, "", new SourcePosition(1, 12))));
    }

    [TestCase("98.5%", "98.5", "%")]
    [TestCase("3‰", "3", "‰")]
    [TestCase("1300 \"kg/亩\"", "1300", "kg/亩")]
    [TestCase(".5", "0.5", "")]
    public void Literals_may_carry_a_unit(string text, string value, string unit)
    {
        var literal = (NumberLiteral)Value(text);
        Assert.That(literal.Value, Is.EqualTo(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(literal.Unit, Is.EqualTo(unit));
    }

    [Test]
    public void Dotted_names_include_reference_ids()
    {
        var name = (Name)Value("ref.grain.output.inner_mongolia.2022");
        Assert.That(name.IsReference, Is.True);
        Assert.That(name.ReferenceId, Is.EqualTo("grain.output.inner_mongolia.2022"));
    }

    [TestCase("a == b", "==")]
    [TestCase("a <= b", "<=")]
    [TestCase("a >= b", ">=")]
    [TestCase("a < b", "<")]
    [TestCase("a > b", ">")]
    public void A_rule_is_a_comparison(string text, string op)
    {
        Assert.That(((Comparison)Rule(text)).Operator, Is.EqualTo(op));
    }

    [Test]
    public void A_rule_may_test_membership_of_a_range_or_a_band()
    {
        var range = (Membership)Rule("growth(a, b) in [-50%, 50%]");
        Assert.That(range.Low, Is.TypeOf<Negation>());
        Assert.That(range.High, Is.TypeOf<NumberLiteral>());
        var band = (Membership)Rule("x in ref.band");
        Assert.That(band.High, Is.Null);
    }

    [Test]
    public void Functions_take_their_arguments_and_convert_takes_a_unit()
    {
        var call = (Call)Value("convert(a / b, \"万亩\")");
        Assert.That(call.Function, Is.EqualTo("convert"));
        Assert.That(call.Arguments[1], Is.EqualTo(new UnitLiteral("万亩", new SourcePosition(1, 16))));
        Assert.That(((Call)Value("sum(a, b, c)")).Arguments, Has.Count.EqualTo(3));
    }

    // text, column of the error (the expression starts at column 10 of line 4)
    [TestCase("a +", 13, "ends")]
    [TestCase("a + * b", 14, "Expected a value")]
    [TestCase("a = b", 12, "'=='")]
    [TestCase("a + b c", 16, "Unexpected 'c'")]
    [TestCase("a == b", 12, "Unexpected '=='")]
    [TestCase("share(a)", 17, "takes 2")]
    [TestCase("average(a, b)", 10, "Unknown function")]
    [TestCase("convert(a, b)", 10, "unit in quotes")]
    [TestCase("a + \"kg", 14, "closing quote")]
    [TestCase("a # b", 12, "Unexpected character")]
    [TestCase("(a + b", 16, "Expected ')'")]
    [TestCase("1. + a", 12, "digit")]
    [TestCase("printed(a + b)", 10, "printed takes")]
    public void Errors_point_at_the_offending_place_in_the_file(string text, int column, string reason)
    {
        var e = Assert.Throws<DataFileException>(() => ExpressionParser.ParseValue(At(text, 4, 10)));
        Assert.That((e!.File, e.Line, e.Column), Is.EqualTo(("rules.yaml", 4, column)));
        Assert.That(e.Reason, Does.Contain(reason));
    }

    [Test]
    public void A_value_that_does_not_compare_is_not_a_rule()
    {
        var e = Assert.Throws<DataFileException>(() => Rule("a + b"));
        Assert.That(e!.Reason, Does.Contain("compare"));
    }

    [TestCase("expression: a + b ++\n", 1, 20)]
    [TestCase("expression: \"a + b ++\"\n", 1, 21)]
    [TestCase("expression: |\n  a + b\n  + ++\n", 3, 5)]
    [TestCase("expression: >-\n  a + b\n  + ++\n", 3, 5)]
    [TestCase("expression:\n    a + b\n    + ++\n", 3, 7)]
    [TestCase("expression: convert(a, \"万亩\") + +\n", 1, 32)]
    [TestCase("# 粮食\nexpression: x +\n", 2, 16)]
    public void Positions_point_into_the_yaml_file_whatever_the_scalar_style(string yaml, int line, int column)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var scalar = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("expression")];
        var e = Assert.Throws<DataFileException>(() => ExpressionParser.ParseValue(LocatedText.FromScalar(scalar, yaml, "r.yaml")));
        Assert.That((e!.Line, e.Column), Is.EqualTo((line, column)), e.Message);
    }
}
