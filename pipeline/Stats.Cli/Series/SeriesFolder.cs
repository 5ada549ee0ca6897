using Stats.Core.Series;
using Stats.Pipeline.Inputs;

namespace Stats.Cli.Series;

/// <summary>
/// A subfolder of a corpus holding one place's reports over years: no report.txt of its own, and at least one .txt file or
/// report folder whose name starts with a year (2018-budget.txt). Other subfolders stay outside the corpus, as before.
/// </summary>
internal static class SeriesFolder
{
    public static bool Holds(string folder)
    {
        if (!Directory.Exists(folder) || File.Exists(Path.Combine(folder, ReportSource.ReportFileName))) return false;
        return Directory.EnumerateFileSystemEntries(folder).Any(entry =>
            (File.Exists(entry) && entry.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && SeriesName.StartsWithYear(Path.GetFileNameWithoutExtension(entry))) ||
            (Directory.Exists(entry) && File.Exists(Path.Combine(entry, ReportSource.ReportFileName)) && SeriesName.StartsWithYear(Path.GetFileName(entry))));
    }
}
