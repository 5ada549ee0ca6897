using Stats.Core.Findings;
using Stats.Core.Rules.Expressions;

namespace Stats.Core.Rules;

/// <summary>One rule of a rules file: a parsed comparison with its id, wording, severity and place in the file.</summary>
public sealed record Rule
{
    public Rule(string id, string label, string description, Severity severity, string kind, Expression expression, string text, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (expression is not (Comparison or Membership)) throw new ArgumentException("A rule's expression must be a comparison or a membership test.", nameof(expression));
        Id = id;
        Label = label ?? "";
        Description = description ?? "";
        Severity = severity;
        Kind = kind;
        Expression = expression;
        Text = text ?? "";
        Source = source;
    }

    public string Id { get; }

    public string Label { get; }

    /// <summary>Why the rule exists and what a failure means.</summary>
    public string Description { get; }

    public Severity Severity { get; }

    /// <summary>The family of check (rule, share, growth, units, plausibility…); "rule" unless the file says otherwise.</summary>
    public string Kind { get; }

    /// <summary>The parsed comparison or membership test.</summary>
    public Expression Expression { get; }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The rule's <c>file:line</c>.</summary>
    public string Source { get; }
}
