using Stats.Core.Findings;

namespace Stats.Core.Rules.Expressions;

/// <summary>The kinds of token of the rule expression language.</summary>
public enum TokenKind
{
    Number,
    Name,
    String,
    Symbol,
    End,
}
