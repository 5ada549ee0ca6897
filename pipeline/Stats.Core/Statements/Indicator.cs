namespace Stats.Core.Statements;

/// <summary>An indicator a statement is about: its name, the words reports use for it, and whether its values add up.</summary>
public sealed record Indicator(string Name, IReadOnlyList<string> Synonyms, Additivity Adds)
{
    public static Indicator Unknown { get; } = new("", [], Additivity.Unknown);
}
