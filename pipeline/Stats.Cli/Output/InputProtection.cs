using Stats.Cli.Provenance;
using Stats.Cli.Stages;
using Stats.Core.Text;
using Stats.Reporting.Notebooks;

namespace Stats.Cli.Output;

/// <summary>
/// Refuses an output folder where an output would replace one of the run's inputs (the report, its figures.yaml and
/// rules.yaml, the reference files), as <c>stats extract mentions.csv --out .</c> would: checked before anything is
/// written, and again for every file a stage commits.
/// </summary>
internal static class InputProtection
{
    // What a run may write at the top of its output folder: every stage's files, the manifest and the corpus pages,
    // and the folders whose files it writes.
    internal static readonly string[] Files =
    [
        "mentions.csv", "findings.csv", "findings.json", "check-summary.csv", "statements.csv", "hypotheses.csv",
        "report.html", "summary.md", NotebookFolder.FileName, RunManifest.FileName, "corpus.csv", "index.html",
    ];

    internal static readonly string[] Folders = ["tables", "plots", NotebookFolder.Library, NotebookFolder.Input, NotebookFolder.Reference];

    /// <summary>The full paths of every file the run reads as input.</summary>
    public static IReadOnlySet<string> Inputs(StageContext context)
    {
        var source = context.Source;
        var inputs = new[] { source.ReportPath, source.FiguresPath, source.RulesPath }.OfType<string>().Select(Path.GetFullPath)
            .Concat(context.ReferenceFolderFiles ?? ReferenceFiles(context.ReferenceDir));
        return inputs.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The full paths of the files in the reference folder (a corpus run lists them once for all its reports).</summary>
    public static IReadOnlyList<string> ReferenceFiles(string referenceDir) =>
        Directory.Exists(referenceDir) ? Directory.EnumerateFiles(referenceDir).Select(Path.GetFullPath).ToList() : [];

    /// <summary>Throws an <see cref="InputException"/> when one of the run's <paramref name="inputs"/> (<see cref="Inputs"/>) lies where the run writes an output.</summary>
    public static void Check(StageContext context, IReadOnlySet<string> inputs)
    {
        var outDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(context.OutDir)) + Path.DirectorySeparatorChar;
        foreach (var input in inputs.Order(StringComparer.Ordinal))
        {
            if (!input.StartsWith(outDir, StringComparison.Ordinal)) continue;
            var relative = input[outDir.Length..];
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            var replaced = relative == first ? Files.Contains(first, StringComparer.Ordinal) || Staging.IsStaging(first) || first == OutputLock.FileName
                : Folders.Contains(first, StringComparer.Ordinal) || Staging.IsStaging(first);
            if (replaced) throw Clash(input, context.OutDir);
        }
    }

    public static InputException Clash(string input, string outDir) =>
        new(input, $"is an input of this run, and --out {outDir} would replace it; choose another output folder.");
}
