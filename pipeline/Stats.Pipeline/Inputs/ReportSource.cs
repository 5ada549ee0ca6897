using Stats.Core.Text;

namespace Stats.Pipeline.Inputs;

/// <summary>
/// A report given on the command line: a folder holding <c>report.txt</c> (and optionally <c>figures.yaml</c> and
/// <c>rules.yaml</c>), or a bare <c>.txt</c> file.
/// </summary>
public sealed record ReportSource(string Id, string ReportPath, string? FiguresPath, string? RulesPath)
{
    public const string ReportFileName = "report.txt";

    /// <summary>The largest report accepted; work reports are tens of kilobytes, so anything near this is not one.</summary>
    public const long MaxReportBytes = 32L * 1024 * 1024;

    /// <summary>The full path given on the command line: the report folder, or the bare file.</summary>
    public string Input { get; init; } = ReportPath;

    public static ReportSource Resolve(string input)
    {
        var full = Path.GetFullPath(input);
        if (Directory.Exists(full))
        {
            var report = Path.Combine(full, ReportFileName);
            if (!File.Exists(report))
                throw new InputException(input, $"the folder has no {ReportFileName}; give a report folder holding {ReportFileName}, or a .txt file.");
            return new ReportSource(
                Path.GetFileName(Path.TrimEndingDirectorySeparator(full)),
                report,
                OptionalFile(full, "figures.yaml"),
                OptionalFile(full, "rules.yaml")) { Input = full };
        }
        if (File.Exists(full)) return new ReportSource(Path.GetFileNameWithoutExtension(full), full, null, null);
        throw new InputException(input, "no such file or folder; give a report folder holding report.txt, or a .txt file.");
    }

    /// <summary>
    /// A location inside the report folder ("/abs/town/rules.yaml:18") as seen from the folder ("rules.yaml:18"), so that
    /// outputs naming it are the same wherever the folder lies; any other text is returned as it is.
    /// </summary>
    public string WithinReport(string location)
    {
        var folder = Path.TrimEndingDirectorySeparator(Input) + Path.DirectorySeparatorChar;
        return Input != ReportPath && location.StartsWith(folder, StringComparison.Ordinal)
            ? location[folder.Length..].Replace('\\', '/')
            : location;
    }

    /// <summary>Reads and decodes the report, refusing files too large to be a report.</summary>
    public ReportText Read()
    {
        var info = new FileInfo(ReportPath);
        if (info.Length > MaxReportBytes)
            throw new InputException(ReportPath, $"the file is {info.Length} bytes; reports above {MaxReportBytes} bytes are refused (a work report is tens of kilobytes).");
        return ReportDecoder.Decode(File.ReadAllBytes(ReportPath), ReportPath);
    }

    private static string? OptionalFile(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? path : null;
    }
}
