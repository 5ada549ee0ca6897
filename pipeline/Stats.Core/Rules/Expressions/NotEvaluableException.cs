using Stats.Core.Findings;

namespace Stats.Core.Rules.Expressions;

/// <summary>Raised when the figures cannot decide an expression (a figure is missing); the rule is then not_evaluable.</summary>
public sealed class NotEvaluableException(string reason) : Exception(reason);
