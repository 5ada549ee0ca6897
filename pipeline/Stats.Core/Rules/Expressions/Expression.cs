using Stats.Core.Findings;

namespace Stats.Core.Rules.Expressions;

/// <summary>A node of a parsed rule expression; immutable, with the file position where it starts.</summary>
public abstract record Expression(SourcePosition Position);

/// <summary>A decimal literal with an optional unit (3%, 1300 "kg/亩"); the empty unit is a pure number.</summary>
public sealed record NumberLiteral(decimal Value, string Unit, SourcePosition Position) : Expression(Position);

/// <summary>A dotted name: a figure id, a definition, or ref.&lt;id&gt; for a reference value.</summary>
public sealed record Name(string Id, SourcePosition Position) : Expression(Position)
{
    public const string ReferencePrefix = "ref.";

    public bool IsReference => Id.StartsWith(ReferencePrefix, StringComparison.Ordinal);

    public string ReferenceId => IsReference ? Id[ReferencePrefix.Length..] : throw new InvalidOperationException($"'{Id}' is not a reference.");
}

/// <summary>A unit written as a string, the second argument of convert(x, "亩").</summary>
public sealed record UnitLiteral(string Unit, SourcePosition Position) : Expression(Position);

/// <summary>Unary minus.</summary>
public sealed record Negation(Expression Operand, SourcePosition Position) : Expression(Position);

/// <summary>One of + - * /.</summary>
public sealed record Arithmetic(char Operator, Expression Left, Expression Right, SourcePosition Position) : Expression(Position);

/// <summary>A call of a built-in function (sum, convert, base, growth, share, abs, min, max, printed).</summary>
public sealed record Call(string Function, IReadOnlyList<Expression> Arguments, SourcePosition Position) : Expression(Position);

/// <summary>A comparison (== &lt;= &gt;= &lt; &gt;): the top of a rule.</summary>
public sealed record Comparison(string Operator, Expression Left, Expression Right, SourcePosition Position) : Expression(Position);

/// <summary><c>x in [low, high]</c>, or <c>x in band</c> for a reference band: the top of a rule.</summary>
public sealed record Membership(Expression Value, Expression Low, Expression? High, SourcePosition Position) : Expression(Position);
