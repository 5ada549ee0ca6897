namespace Stats.Cli.Provenance;

/// <summary>The outcome of re-running a manifest: how many outputs were compared and which ones drift.</summary>
internal sealed record Verification(string ManifestPath, int Compared, IReadOnlyList<Drift> Drifts)
{
    public bool Identical => Drifts.Count == 0;
}
