using Stats.Core.Text;

namespace Stats.Core.Findings;

/// <summary>The outcome of confronting figures with one rule.</summary>
public enum CheckStatus
{
    /// <summary>The figures can all be true together.</summary>
    Pass,
    /// <summary>No values within the figures' intervals satisfy the rule.</summary>
    Fail,
    /// <summary>Satisfied, but outside a warning band.</summary>
    Warn,
    /// <summary>The rule cannot be decided from these figures (missing figure, division by an interval touching zero, real versus nominal growth).</summary>
    NotEvaluable,
    /// <summary>The rule itself is broken (an exception while evaluating it); the run goes on.</summary>
    Error,
}

/// <summary>Names of statuses and severities as written in outputs.</summary>
public static class CheckNames
{
    public static string Name(this CheckStatus status) => EnumText.Of(status);

    public static string Name(this Severity severity) => EnumText.Of(severity);
}
