using System.Text.Json;

namespace Stats.Tests.Cli.Provenance;

/// <summary>
/// The tests' own reading of <c>manifest.json</c>, the documented format (README: Reproducibility), independent of the
/// program's writer so that a change to the file shows up here as a failing test.
/// </summary>
public sealed record ManifestJson(
    int Format,
    DateTimeOffset StartedAt,
    string Source,
    string Reference,
    IReadOnlyList<string> Stages,
    IReadOnlyList<ManifestJson.Timing> Timings,
    ManifestJson.ToolStamp Tool,
    IReadOnlyList<ManifestJson.Digest> Inputs,
    IReadOnlyList<ManifestJson.Digest> Outputs)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public sealed record Timing(string Stage, DateTimeOffset StartedAt, double Seconds);

    public sealed record Package(string Name, string Version);

    public sealed record ToolStamp(string Version, string Commit, string Dirty, string Runtime, IReadOnlyList<Package> Packages);

    public sealed record Digest(string Role, string Path, long Bytes, string Sha256);

    public static ManifestJson Read(string outDir) =>
        JsonSerializer.Deserialize<ManifestJson>(File.ReadAllText(System.IO.Path.Combine(outDir, "manifest.json")), Json)!;

    /// <summary>The full path of a path the manifest recorded relative to its folder.</summary>
    public static string Resolve(string outDir, string recorded) => System.IO.Path.GetFullPath(System.IO.Path.Combine(outDir, recorded));
}
