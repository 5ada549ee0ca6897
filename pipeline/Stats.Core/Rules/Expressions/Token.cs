using Stats.Core.Findings;

namespace Stats.Core.Rules.Expressions;

/// <summary>One token of an expression, with its offset in the expression text.</summary>
public sealed record Token(TokenKind Kind, string Text, int Offset)
{
    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;
}
