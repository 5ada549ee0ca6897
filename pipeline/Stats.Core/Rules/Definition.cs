using Stats.Core.Findings;
using Stats.Core.Rules.Expressions;

namespace Stats.Core.Rules;

/// <summary>A named derived value of a rules file (<c>define:</c>) that rules may use like a figure.</summary>
public sealed record Definition
{
    public Definition(string id, Expression expression, string text, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(expression);
        if (expression is Comparison or Membership) throw new ArgumentException("A definition must be a value, not a comparison.", nameof(expression));
        Id = id;
        Expression = expression;
        Text = text ?? "";
        Source = source ?? "";
    }

    public string Id { get; }

    public Expression Expression { get; }

    public string Text { get; }

    public string Source { get; }
}
