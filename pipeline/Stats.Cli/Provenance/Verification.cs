namespace Stats.Cli.Provenance;

/// <summary>
/// The outcome of re-running a manifest: how many outputs were compared, which ones drift, and which files or folders of
/// the output folder no run explains ('/'-separated, a folder with a trailing '/').
/// </summary>
internal sealed record Verification(string ManifestPath, int Compared, IReadOnlyList<Drift> Drifts, IReadOnlyList<string> Unexpected)
{
    public bool Identical => Drifts.Count == 0 && Unexpected.Count == 0;
}
