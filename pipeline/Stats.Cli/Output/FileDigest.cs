using System.Security.Cryptography;

namespace Stats.Cli.Output;

/// <summary>
/// One file of a run as the manifest records it: its role (<c>report</c>, <c>figures</c>, <c>rules</c>, <c>reference</c>, or the
/// stage that wrote it), its path (relative to the manifest's folder, with '/'), its size in bytes and its SHA-256 in lower-case hex.
/// </summary>
internal sealed record FileDigest(string Role, string Path, long Bytes, string Sha256)
{
    public static FileDigest OfContent(string role, string path, byte[] content) => new(role, path, content.LongLength, Sha256Of(content));

    /// <summary>Hashes a file by streaming it, so a large input is never held in memory for the manifest's sake.</summary>
    public static FileDigest OfFile(string role, string recordedPath, string fullPath)
    {
        using var stream = File.OpenRead(fullPath);
        return new FileDigest(role, recordedPath, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
