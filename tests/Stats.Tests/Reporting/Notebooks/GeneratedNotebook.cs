using Stats.Tests.Cli;

namespace Stats.Tests.Reporting.Notebooks;

/// <summary>Runs the whole pipeline on a report into a fresh folder and reads the notebook it wrote.</summary>
public sealed class GeneratedNotebook : IDisposable
{
    private readonly TempFolder folder = new();

    private GeneratedNotebook(string input)
    {
        OutDir = folder.Sub("out");
        var run = CliRun.Of("run", input, "--out", OutDir);
        if (run.ExitCode > 1) throw new InvalidOperationException($"stats run exited {run.ExitCode}: {run.Stderr}");
        Bytes = File.ReadAllBytes(Path.Combine(OutDir, "notebook.ipynb"));
    }

    public static string BundledReport => Repository.BundledReport;

    public string OutDir { get; }

    public byte[] Bytes { get; }

    public string Text => System.Text.Encoding.UTF8.GetString(Bytes);

    public static GeneratedNotebook Of(string input) => new(input);

    /// <summary>A report given as text, written to report.txt in a folder of its own.</summary>
    public static GeneratedNotebook OfText(string reportText, TempFolder scratch)
    {
        scratch.File("report/report.txt", System.Text.Encoding.UTF8.GetBytes(reportText));
        return new GeneratedNotebook(scratch.Sub("report"));
    }

    public void Dispose() => folder.Dispose();
}
