namespace Stats.Reporting;

/// <summary>
/// What the report page says about where it came from: the tool and the files it read, with their hashes. Only what stays
/// the same on every run of the same tool on the same inputs; the run time lives in manifest.json. <see cref="Dirty"/> is "true", "false" or "unknown", as there.
/// </summary>
public sealed record ReportProvenance(string ToolVersion, string Commit, string Dirty, IReadOnlyList<ReportProvenance.Input> Inputs)
{
    /// <summary>One file the run read: its role (report, figures, rules, reference), its name as the page shows it, its SHA-256.</summary>
    public sealed record Input(string Role, string File, string Sha256);
}
