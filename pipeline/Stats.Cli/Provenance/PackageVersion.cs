namespace Stats.Cli.Provenance;

/// <summary>A library the tool ran with, as its loaded assembly names itself.</summary>
internal sealed record PackageVersion(string Name, string Version);
