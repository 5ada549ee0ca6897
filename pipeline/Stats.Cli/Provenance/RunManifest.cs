using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Stats.Cli.Output;
using Stats.Core.Text;

namespace Stats.Cli.Provenance;

/// <summary>
/// <c>manifest.json</c>: everything needed to reproduce an output folder and to tell whether it still can be. Paths are
/// relative to the manifest's own folder ('/'-separated), so an output folder and the inputs beside it can move together;
/// an input on another drive stays absolute. Clock readings (<see cref="StartedAt"/>, <see cref="Timings"/>) live here only.
/// </summary>
internal sealed record RunManifest(
    int Format,
    DateTimeOffset StartedAt,
    string Source,
    string Reference,
    IReadOnlyList<string> Stages,
    IReadOnlyList<StageTiming> Timings,
    ToolStamp Tool,
    IReadOnlyList<FileDigest> Inputs,
    IReadOnlyList<FileDigest> Outputs,
    bool CsvBom = false,
    // Absent outside a series, so the manifests of single reports keep their fields.
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? SeriesPage = null)
{
    public const string FileName = "manifest.json";

    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // Metadata generated at build time: building it by reflection on every run cost a short run tens of milliseconds.
        TypeInfoResolver = RunManifestJson.Default,
    };

    /// <summary>Builds the serializer's metadata for the manifest, which its first use would otherwise build.</summary>
    public static void PrepareJson() => Json.GetTypeInfo(typeof(RunManifest));

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>Reads a manifest, or says in one line why it cannot be used.</summary>
    public static RunManifest Parse(string json, string path)
    {
        RunManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<RunManifest>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"not a run manifest ({e.Message.ReplaceLineEndings(" ")}); re-create it with 'stats run'.", (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1);
        }
        if (manifest is null || manifest.Format != CurrentFormat)
            throw new InputException(path, $"not a run manifest of format {CurrentFormat}; re-create it with 'stats run'.");
        return manifest;
    }

    /// <summary>How the manifest in <paramref name="manifestFolder"/> records <paramref name="path"/>.</summary>
    public static string Relative(string manifestFolder, string path) =>
        Path.GetRelativePath(manifestFolder, Path.GetFullPath(path)).Replace('\\', '/');

    /// <summary>The full path of a path the manifest in <paramref name="manifestFolder"/> recorded.</summary>
    public static string Resolve(string manifestFolder, string recorded) => Path.GetFullPath(Path.Combine(manifestFolder, recorded));
}

/// <summary>The manifest's JSON metadata, generated at build time with the same naming as <see cref="RunManifest"/>'s options.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RunManifest))]
internal sealed partial class RunManifestJson : JsonSerializerContext;
