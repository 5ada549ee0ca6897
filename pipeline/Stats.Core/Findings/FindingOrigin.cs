namespace Stats.Core.Findings;

/// <summary>
/// Where a finding comes from: a rule of the report's own rules.yaml (with its <c>file:line</c>), or a generic check derived
/// from the text. Written as the location, or as <c>auto</c> for a generic check.
/// </summary>
public sealed record FindingOrigin
{
    private const string GenericText = "auto";

    private FindingOrigin(string? location) => Location = location;

    /// <summary>The rule's <c>file:line</c>; null for a generic check.</summary>
    public string? Location { get; }

    public bool IsGeneric => Location is null;

    /// <summary>A generic check, derived from the text with no set-up.</summary>
    public static FindingOrigin Generic { get; } = new((string?)null);

    /// <summary>A rule of a report's rules.yaml, at <paramref name="location"/> (<c>file:line</c>).</summary>
    public static FindingOrigin Rule(string location) =>
        location.Length == 0 || location == GenericText ? throw new ArgumentException($"not a rule location: '{location}'", nameof(location)) : new(location);

    /// <summary>Reads what <see cref="ToString"/> wrote.</summary>
    public static FindingOrigin Parse(string text) => text == GenericText || text.Length == 0 ? Generic : new(text);

    /// <summary>The same origin with its location rewritten (a rule's file named as seen from the report folder).</summary>
    public FindingOrigin MapLocation(Func<string, string> map) => Location is { } l ? new(map(l)) : this;

    public override string ToString() => Location ?? GenericText;
}
