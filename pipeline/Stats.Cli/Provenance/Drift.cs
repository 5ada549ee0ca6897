namespace Stats.Cli.Provenance;

/// <summary>An output whose bytes are not the ones the manifest recorded, and how.</summary>
public sealed record Drift(string Path, string Problem);
