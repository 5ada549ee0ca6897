namespace Stats.Cli.Provenance;

/// <summary>An output whose bytes are not the ones the manifest recorded, and how.</summary>
internal sealed record Drift(string Path, string Problem);
