using Stats.Cli.Provenance;
using Stats.Core.Text;

namespace Stats.Cli.Output;

/// <summary>
/// Refuses an --out that cannot be a run's own folder before anything is written: a file, the file system's root, the
/// home folder, a repository's root, or a folder holding files no run wrote (unless it holds a previous run's manifest,
/// which makes it a run's folder).
/// </summary>
internal static class OutputFolder
{
    public static void Check(string outDir)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        if (File.Exists(full)) throw Refused(outDir, "is a file, not a folder");
        if (Path.GetPathRoot(full) is { } root && string.Equals(Path.TrimEndingDirectorySeparator(root), full, StringComparison.Ordinal) || full.Length == 0)
            throw Refused(outDir, "is the root of the file system");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(home)), full, StringComparison.Ordinal))
            throw Refused(outDir, "is the home folder");
        if (!Directory.Exists(full)) return;
        if (Directory.Exists(Path.Combine(full, ".git")) || File.Exists(Path.Combine(full, ".git")))
            throw Refused(outDir, "is the root of a repository");
        if (File.Exists(Path.Combine(full, RunManifest.FileName)) || File.Exists(Path.Combine(full, "corpus.csv"))) return;
        var unrelated = Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName).OfType<string>()
            .Where(name => !IsOutput(full, name)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (unrelated is not null)
            throw Refused(outDir, $"holds '{unrelated}', which no run wrote, and no {RunManifest.FileName} of a previous run");
    }

    // What a run (or a corpus run) leaves in its folder, even one stopped before its manifest was written.
    private static bool IsOutput(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (Staging.IsStaging(name) || name == OutputLock.FileName) return true;
        if (File.Exists(path)) return InputProtection.Files.Contains(name, StringComparer.Ordinal);
        return InputProtection.Folders.Contains(name, StringComparer.Ordinal) || File.Exists(Path.Combine(path, RunManifest.FileName));
    }

    private static InputException Refused(string outDir, string problem) =>
        new(outDir, $"--out {problem}; give a new or empty folder, or the folder of a previous run.");
}
