using Stats.Tests.Cli;

namespace Stats.Tests.Reporting.Notebooks;

/// <summary>Runs the whole pipeline on a report into a fresh folder and reads the notebook it wrote.</summary>
public sealed class GeneratedNotebook : IDisposable
{
    private static readonly Lazy<GeneratedNotebook> Bundled = new(() => new GeneratedNotebook(BundledReportRun.Run, BundledReportRun.OutDir, folder: null));

    private readonly TempFolder? folder;

    private GeneratedNotebook(CliRun run, string outDir, TempFolder? folder)
    {
        this.folder = folder;
        OutDir = outDir;
        if (run.ExitCode > 1) throw new InvalidOperationException($"stats run exited {run.ExitCode}: {run.Stderr}");
        Bytes = File.ReadAllBytes(Path.Combine(OutDir, "notebook.ipynb"));
    }

    public static string BundledReport => Repository.BundledReport;

    /// <summary>The bundled report's notebook from the run the tests share (<see cref="BundledReportRun"/>); disposing it keeps its folder.</summary>
    public static GeneratedNotebook OfBundledReport => Bundled.Value;

    public string OutDir { get; }

    public byte[] Bytes { get; }

    public string Text => System.Text.Encoding.UTF8.GetString(Bytes);

    /// <summary>A run of its own into a fresh folder, deleted on dispose.</summary>
    public static GeneratedNotebook Of(string input)
    {
        var folder = new TempFolder();
        var outDir = folder.Sub("out");
        return new GeneratedNotebook(CliRun.Of("run", input, "--out", outDir), outDir, folder);
    }

    /// <summary>A report given as text, written to report.txt in a folder of its own.</summary>
    public static GeneratedNotebook OfText(string reportText, TempFolder scratch)
    {
        scratch.File("report/report.txt", System.Text.Encoding.UTF8.GetBytes(reportText));
        return Of(scratch.Sub("report"));
    }

    public void Dispose() => folder?.Dispose();
}
