using Stats.Core.Text;

namespace Stats.Pipeline.Tables;

/// <summary>A path relative to an output folder ('/'-separated): stages name their own files, and names built from report ids must never climb out.</summary>
public static class OutputPath
{
    /// <summary>The path with '/' separators, or an <see cref="InputException"/> when it is empty, rooted or climbs out of the folder.</summary>
    public static string Checked(string relativePath)
    {
        var normalized = relativePath.Replace('\\', '/');
        if (normalized.Length == 0 || Path.IsPathRooted(normalized) || normalized.Split('/').Any(p => p is "" or "." or ".."))
            throw new InputException(relativePath, "an output path must stay inside --out.");
        return normalized;
    }
}
