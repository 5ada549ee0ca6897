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
/// Errors are <see cref="DataFileException"/>s at the offending token's place in the file.
/// </summary>
public sealed class ExpressionParser
{
    private readonly LocatedText source;
    private readonly IReadOnlyList<Token> tokens;
    private int next;

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
            return new Comparison(token.Text, left, Sum(), At(token));
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
                return new Membership(left, low, high, At(token));
            }
            return new Membership(left, Unary(), null, At(token));
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
            left = new Arithmetic(op.Text[0], left, Product(), At(op));
        }
        return left;
    }

    private Expression Product()
    {
        var left = Unary();
        while (Peek.Is("*") || Peek.Is("/"))
        {
            var op = tokens[next++];
            left = new Arithmetic(op.Text[0], left, Unary(), At(op));
        }
        return left;
    }

    private Expression Unary()
    {
        if (Peek.Is("-"))
        {
            var minus = tokens[next++];
            return new Negation(Unary(), At(minus));
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
                var inner = Sum();
                Expect(")");
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
        return new Call(name.Text, arguments, At(name));
    }

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
