using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Stats.Tests.Cli.Provenance;

/// <summary>
/// What must repeat byte for byte in an output folder: every file's SHA-256 by relative path, the manifest's included
/// once its clock readings (started_at, timings) are taken out.
/// </summary>
public sealed record OutputSnapshot(IReadOnlyList<string> Lines)
{
    public static OutputSnapshot Of(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => relative + " " + Sha256(relative == "manifest.json"
                ? WithoutClock(File.ReadAllText(Path.Combine(folder, relative)))
                : File.ReadAllBytes(Path.Combine(folder, relative))))
            .ToList());

    private static byte[] WithoutClock(string manifest)
    {
        var json = JsonNode.Parse(manifest)!.AsObject();
        json.Remove("started_at");
        json.Remove("timings");
        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
