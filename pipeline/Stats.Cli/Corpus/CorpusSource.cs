using Stats.Pipeline.Inputs;

namespace Stats.Cli.Corpus;

/// <summary>
/// A folder of many reports: its subfolders holding report.txt and its .txt files, in ordinal order, each with an output
/// folder name that is unique and stays inside --out.
/// </summary>
internal static class CorpusSource
{
    // The corpus run's own files beside the report folders (a report named corpus.csv.txt must not take corpus.csv's place),
    // compared ignoring case for file systems that do.
    private static readonly HashSet<string> Reserved = new(["corpus.csv", "index.html", "manifest.json", "series"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the input is a corpus: a folder without report.txt of its own.</summary>
    public static bool IsCorpus(string input) =>
        Directory.Exists(input) && !File.Exists(Path.Combine(input, ReportSource.ReportFileName));

    /// <summary>
    /// The reports of the folder, found lazily so that a huge corpus is never listed in memory twice. A subfolder of reports
    /// named by year (a place's series, see SeriesFolder) is read too, its reports named place/report.
    /// </summary>
    public static IEnumerable<(string OutputName, string Input)> Reports(string folder) => Reports(folder, "", descend: true);

    private static IEnumerable<(string OutputName, string Input)> Reports(string folder, string prefix, bool descend)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var isReportFolder = Directory.Exists(entry) && File.Exists(Path.Combine(entry, ReportSource.ReportFileName));
            var isText = File.Exists(entry) && entry.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
            if (descend && !isReportFolder && Series.SeriesFolder.Holds(entry))
            {
                var place = SafeName(Path.GetFileName(entry));
                if (Reserved.Contains(place) || !used.Add(place)) continue;
                foreach (var report in Reports(entry, place + "/", descend: false)) yield return report;
                continue;
            }
            if (!isReportFolder && !isText) continue;
            var name = SafeName(isText ? Path.GetFileNameWithoutExtension(entry) : Path.GetFileName(entry));
            var unique = name;
            for (var i = 2; Reserved.Contains(unique) || !used.Add(unique); i++) unique = $"{name}-{i}";
            yield return (prefix + unique, entry);
        }
    }

    // Report names become folder names under --out: keep letters, digits, CJK and - _ . and never a bare dot name.
    private static string SafeName(string name)
    {
        var kept = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).Trim('.');
        return kept.Length == 0 ? "report" : kept;
    }
}
