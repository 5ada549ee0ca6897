using Stats.Core.Findings;

namespace Stats.Core.Rules.Expressions;

/// <summary>The built-in functions of the expression language and how many arguments each takes.</summary>
public static class Functions
{
    /// <summary>Name → (fewest, most) arguments; most is null for any number.</summary>
    public static IReadOnlyDictionary<string, (int Fewest, int? Most)> Arity { get; } = new Dictionary<string, (int, int?)>(StringComparer.Ordinal)
    {
        ["sum"] = (1, null),
        ["min"] = (1, null),
        ["max"] = (1, null),
        ["abs"] = (1, 1),
        ["convert"] = (2, 2),
        ["base"] = (2, 2),
        ["growth"] = (2, 2),
        ["share"] = (2, 2),
        ["printed"] = (1, 1),
    };
}
