namespace Stats.Reporting.Notebooks;

/// <summary>
/// Where the notebook finds what it needs, relative to itself in the output folder, so the folder can move anywhere (and
/// Jupyter and dotnet-repl resolve paths from the notebook's folder): its own copy of the pipeline's assemblies, of the
/// report and of the reference data.
/// </summary>
public static class NotebookFolder
{
    public const string FileName = "notebook.ipynb";
    public const string Library = "lib";
    public const string Input = "input";
    public const string Reference = "reference";

    /// <summary>
    /// The assemblies a notebook cell references, in load order: Stats.Core and its dependencies, Stats.Reporting for the
    /// findings' HTML, and Stats.Pipeline for reference loading, table reading and the composition of the checks (so the
    /// notebook composes them exactly as the program does).
    /// </summary>
    public static readonly IReadOnlyList<string> Assemblies =
    [
        "YamlDotNet.dll",
        "Apache.Arrow.dll",
        "Microsoft.ML.DataView.dll",
        "System.Numerics.Tensors.dll",
        "Microsoft.Data.Analysis.dll",
        "Stats.Core.dll",
        "Stats.Reporting.dll",
        "Stats.Pipeline.dll",
    ];

    /// <summary>The assemblies a cell must #r: the others load as their dependencies.</summary>
    public static readonly IReadOnlyList<string> Referenced = ["YamlDotNet.dll", "Microsoft.Data.Analysis.dll", "Stats.Core.dll", "Stats.Reporting.dll", "Stats.Pipeline.dll"];
}
