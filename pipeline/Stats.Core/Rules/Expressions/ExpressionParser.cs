using System.Globalization;
using Stats.Core.DataFiles;
using Stats.Core.Findings;

namespace Stats.Core.Rules.Expressions;

/// <summary>
/// Recursive-descent parser of rule expressions:
/// <code>
/// rule      := sum ( ("==" | "&lt;=" | "&gt;=" | "&lt;" | "&gt;") sum | "in" range )
/// range     := "[" sum "," sum "]" | unary
/// sum       := product (("+" | "-") product)*
/// product   := unary (("*" | "/") unary)*
/// unary     := "-" unary | primary
/// primary   := NUMBER ["%" | "‰" | STRING] | NAME | NAME "(" args ")" | "(" sum ")"
/// args      := arg ("," arg)* ;  arg := sum | STRING (the unit of convert)
/// </code>
/// Errors are <see cref="DataFileException"/>s at the offending token's place in the file. An expression nests at most
/// <see cref="MaxDepth"/> levels, counting brackets, calls, unary minus and each operator of a chain, so that neither this
/// parser nor the <see cref="Evaluator"/> recurses without a bound.
/// </summary>
public sealed class ExpressionParser
{
    /// <summary>The most levels an expression tree may have (inclusive); deeper expressions are refused.</summary>
    public const int MaxDepth = 200;

    private readonly LocatedText source;
    private readonly IReadOnlyList<Token> tokens;
    private readonly Dictionary<Expression, int> heights = new(ReferenceEqualityComparer.Instance);
    private int next;
    private int depth;

    private ExpressionParser(LocatedText source)
    {
        this.source = source;
        tokens = Tokenizer.Tokenize(source);
    }

    /// <summary>Parses a rule: a comparison or membership test.</summary>
    public static Expression ParseRule(LocatedText source)
    {
        var parser = new ExpressionParser(source);
        var result = parser.Rule();
        parser.ExpectEnd();
        return result;
    }

    /// <summary>Parses a value expression (a definition).</summary>
    public static Expression ParseValue(LocatedText source)
    {
        var parser = new ExpressionParser(source);
        var result = parser.Sum();
        parser.ExpectEnd();
        return result;
    }

    private Token Peek => tokens[next];

    private Expression Rule()
    {
        var left = Sum();
        var token = Peek;
        if (token.Kind == TokenKind.Symbol && token.Text is "==" or "<=" or ">=" or "<" or ">")
        {
            next++;
            return Built(new Comparison(token.Text, left, Sum(), At(token)), token);
        }
        if (token is { Kind: TokenKind.Name, Text: "in" })
        {
            next++;
            if (Peek.Is("["))
            {
                next++;
                var low = Sum();
                Expect(",");
                var high = Sum();
                Expect("]");
                return Built(new Membership(left, low, high, At(token)), token);
            }
            return Built(new Membership(left, Unary(), null, At(token)), token);
        }
        throw Error(token, token.Kind == TokenKind.End
            ? "A rule must compare two values (==, <=, >=, <, >) or test 'x in [a, b]'."
            : $"Expected a comparison, found '{token.Text}'.");
    }

    private Expression Sum()
    {
        var left = Product();
        while (Peek.Is("+") || Peek.Is("-"))
        {
            var op = tokens[next++];
            left = Built(new Arithmetic(op.Text[0], left, Product(), At(op)), op);
        }
        return left;
    }

    private Expression Product()
    {
        var left = Unary();
        while (Peek.Is("*") || Peek.Is("/"))
        {
            var op = tokens[next++];
            left = Built(new Arithmetic(op.Text[0], left, Unary(), At(op)), op);
        }
        return left;
    }

    private Expression Unary()
    {
        if (Peek.Is("-"))
        {
            var minus = tokens[next++];
            Enter(minus);
            var operand = Unary();
            depth--;
            return Built(new Negation(operand, At(minus)), minus);
        }
        return Primary();
    }

    private Expression Primary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Number:
                next++;
                var value = decimal.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                var unit = "";
                if (Peek.Is("%") || Peek.Is("‰") || Peek.Kind == TokenKind.String) unit = tokens[next++].Text;
                return new NumberLiteral(value, unit, At(token));
            case TokenKind.Name when token.Text == "in":
                throw Error(token, "'in' must follow a value.");
            case TokenKind.Name:
                next++;
                return Peek.Is("(") ? CallOf(token) : new Name(token.Text, At(token));
            case TokenKind.Symbol when token.Text == "(":
                next++;
                Enter(token);
                var inner = Sum();
                Expect(")");
                depth--;
                return inner;
            case TokenKind.String:
                throw Error(token, $"A unit \"{token.Text}\" must follow a number or be the second argument of convert.");
            case TokenKind.End:
                throw Error(token, "The expression ends where a value was expected.");
            default:
                throw Error(token, $"Expected a value, found '{token.Text}'.");
        }
    }

    private Call CallOf(Token name)
    {
        if (!Functions.Arity.TryGetValue(name.Text, out var arity))
            throw Error(name, $"Unknown function '{name.Text}'; known: {string.Join(", ", Functions.Arity.Keys)}.");
        Expect("(");
        Enter(name);
        var arguments = new List<Expression>();
        if (!Peek.Is(")"))
        {
            do
            {
                if (name.Text == "convert" && arguments.Count == 1 && Peek.Kind == TokenKind.String)
                {
                    var unit = tokens[next++];
                    arguments.Add(new UnitLiteral(unit.Text, At(unit)));
                }
                else
                {
                    arguments.Add(Sum());
                }
            }
            while (Accept(","));
        }
        var close = Peek;
        Expect(")");
        depth--;
        if (arguments.Count < arity.Fewest || arguments.Count > (arity.Most ?? int.MaxValue))
        {
            var expected = arity.Most == arity.Fewest ? arity.Fewest.ToString(CultureInfo.InvariantCulture)
                : arity.Most is null ? $"at least {arity.Fewest.ToString(CultureInfo.InvariantCulture)}"
                : $"{arity.Fewest.ToString(CultureInfo.InvariantCulture)} to {arity.Most.Value.ToString(CultureInfo.InvariantCulture)}";
            throw Error(close, $"{name.Text} takes {expected} argument(s), not {arguments.Count.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (name.Text == "convert" && arguments[1] is not UnitLiteral)
            throw Error(name, "The second argument of convert must be a unit in quotes, e.g. convert(x, \"亩\").");
        if (name.Text == "printed" && arguments[0] is not Name { IsReference: false })
            throw Error(name, "printed takes the id of a figure.");
        return Built(new Call(name.Text, arguments, At(name)), name);
    }

    // Bounds the parser's own recursion before a deep bracket, call or minus sign is descended into.
    private void Enter(Token token)
    {
        if (++depth > MaxDepth) throw TooDeep(token);
    }

    // Bounds the tree's height, which a long chain (1 + 1 + … + 1) raises without any recursion of the parser.
    private T Built<T>(T node, Token token) where T : Expression
    {
        var height = 1 + Children(node).Select(c => heights.GetValueOrDefault(c, 1)).DefaultIfEmpty(0).Max();
        if (height > MaxDepth) throw TooDeep(token);
        heights[node] = height;
        return node;
    }

    /// <summary>The direct operands of a node.</summary>
    internal static IEnumerable<Expression> Children(Expression node) => node switch
    {
        Negation n => [n.Operand],
        Arithmetic a => [a.Left, a.Right],
        Call c => c.Arguments,
        Comparison c => [c.Left, c.Right],
        Membership m => m.High is null ? [m.Value, m.Low] : [m.Value, m.Low, m.High],
        _ => [],
    };

    private DataFileException TooDeep(Token token) =>
        Error(token, $"The expression nests deeper than {MaxDepth.ToString(CultureInfo.InvariantCulture)} levels (brackets, calls, minus signs and chained operators).");

    private bool Accept(string symbol)
    {
        if (!Peek.Is(symbol)) return false;
        next++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol)) throw Error(Peek, Peek.Kind == TokenKind.End ? $"Expected '{symbol}' before the end." : $"Expected '{symbol}', found '{Peek.Text}'.");
    }

    private void ExpectEnd()
    {
        if (Peek.Kind != TokenKind.End) throw Error(Peek, $"Unexpected '{Peek.Text}' after a complete expression.");
    }

    private SourcePosition At(Token token) => source.PositionOf(token.Offset);

    private DataFileException Error(Token token, string reason) => Tokenizer.Error(source, token.Offset, reason);
}
