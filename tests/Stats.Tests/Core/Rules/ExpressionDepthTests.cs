using Stats.Core.DataFiles;
using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.References;
using Stats.Core.Rules.Expressions;
using Stats.Core.Units;

namespace Stats.Tests.Core.Rules;

/// <summary>Issue 16, item 1: the nesting bound is inclusive, and the evaluator never recurses past it, whoever built the tree.</summary>
public class ExpressionDepthTests
{
    private static readonly UnitCatalog Units = UnitCatalog.Parse(Repository.Read("data/reference/units.yaml"), "data/reference/units.yaml");

    private static readonly SourcePosition Start = new(1, 1);

    private static Evaluator NewEvaluator() =>
        new(new Dictionary<string, Figure>(), ReferenceSet.Parse("references: []\n", "refs.yaml", Units), Units, new Dictionary<string, Expression>());

    private static Expression Parse(string text) => ExpressionParser.ParseValue(LocatedText.OnOneLine(text, "rules.yaml", Start));

    [Test]
    public void An_expression_exactly_as_deep_as_the_bound_is_parsed_and_evaluated()
    {
        // 199 minus signs over a number: a tree of 200 levels.
        var value = NewEvaluator().Evaluate(Parse(new string('-', ExpressionParser.MaxDepth - 1) + "1"));
        Assert.That(value.Value.Lower, Is.EqualTo(-1m));
    }

    [TestCase("-", "", TestName = "One minus sign more than the bound is refused")]
    [TestCase("(", ")", TestName = "One bracket more than the bound is refused")]
    [TestCase("abs(", ")", TestName = "One call more than the bound is refused")]
    public void One_level_more_than_the_bound_is_refused_at_its_place(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, ExpressionParser.MaxDepth + 1)) + "1" + string.Concat(Enumerable.Repeat(close, ExpressionParser.MaxDepth + 1));
        var error = Assert.Throws<DataFileException>(() => Parse(text))!;
        Assert.That((error.File, error.Line), Is.EqualTo(("rules.yaml", 1)));
        Assert.That(error.Reason, Does.Contain("deeper than 200 levels"));
    }

    [Test]
    public void A_chain_of_operators_longer_than_the_bound_is_refused() =>
        Assert.Throws<DataFileException>(() => Parse(string.Join("+", Enumerable.Repeat("1", ExpressionParser.MaxDepth + 1))));

    [Test]
    public void A_tree_built_by_hand_deeper_than_the_bound_is_an_error_of_the_evaluator_not_a_stack_overflow()
    {
        Expression deep = new NumberLiteral(1m, "", Start);
        for (var i = 0; i < 100_000; i++) deep = new Negation(deep, Start);

        var error = Assert.Throws<InvalidOperationException>(() => NewEvaluator().Evaluate(deep))!;

        Assert.That(error.Message, Does.Contain("deeper than 200 levels"));
    }
}
