using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.References;
using Stats.Core.Rules.Expressions;

namespace Stats.Core.Rules;

/// <summary>Words an expression in English for findings, with every figure shown as its label and printed text.</summary>
public sealed class ExpressionWording(IReadOnlyDictionary<string, Figure> figures, ReferenceSet references, IReadOnlyDictionary<string, Expression> definitions)
{
    public string Word(Expression expression) => expression switch
    {
        NumberLiteral n => Interval.Show(n.Value) + n.Unit,
        Name n when n.IsReference => references.Find(n.ReferenceId) is { } r ? $"{r.Label} {r.Text}" : n.Id,
        Name n when definitions.TryGetValue(n.Id, out var d) => "(" + Word(d) + ")",
        Name n => figures.TryGetValue(n.Id, out var f) ? Labelled(f) : n.Id,
        UnitLiteral u => u.Unit,
        Negation neg => "-" + Nested(neg.Operand),
        Arithmetic a => $"{Nested(a.Left, a.Operator)} {a.Operator} {Nested(a.Right, a.Operator, right: true)}",
        Call { Function: "share" } c => $"{Nested(c.Arguments[0])} / {Nested(c.Arguments[1])}",
        Call { Function: "growth" } c => $"the growth from {Nested(c.Arguments[1])} to {Nested(c.Arguments[0])}",
        Call { Function: "base" } c => $"{Nested(c.Arguments[0])} / (1 + {Nested(c.Arguments[1], '+')})",
        Call { Function: "convert" } c => $"{Nested(c.Arguments[0])} in {Word(c.Arguments[1])}",
        Call { Function: "sum" } c => string.Join(" + ", c.Arguments.Select(x => Nested(x, '+'))),
        Call { Function: "printed" } c => Word(c.Arguments[0]) + " as printed",
        Call { Function: "abs" } c => "|" + Word(c.Arguments[0]) + "|",
        Call c => $"{c.Function}({string.Join(", ", c.Arguments.Select(Word))})",
        Comparison c => $"{Word(c.Left)} {c.Operator} {Word(c.Right)}",
        Membership m => m.High is null ? $"{Word(m.Value)} in {Word(m.Low)}" : $"{Word(m.Value)} in [{Word(m.Low)}, {Word(m.High)}]",
        _ => expression.ToString(),
    };

    /// <summary>Whether the wording of <paramref name="expression"/> is just a number (so its value need not be repeated).</summary>
    public static bool IsLiteral(Expression expression) => expression is NumberLiteral or Negation { Operand: NumberLiteral };

    private static string Labelled(Figure f) => f.Label.Length == 0 ? f.Text : $"{f.Label} {f.Text}";

    // Parentheses only where the reading would otherwise change: a sum inside a product, or on the right of - and /.
    private string Nested(Expression expression, char parent = '*', bool right = false)
    {
        var text = Word(expression);
        if (expression is Arithmetic a)
        {
            var loose = a.Operator is '+' or '-';
            var needs = (parent is '*' or '/' && loose) || (right && parent is '-' or '/' && (parent == '/' || loose));
            return needs ? "(" + text + ")" : text;
        }
        return text;
    }
}
