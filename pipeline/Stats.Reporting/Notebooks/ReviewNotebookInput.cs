using Stats.Core.Diagnosis;
using Stats.Core.Findings;

namespace Stats.Reporting.Notebooks;

/// <summary>What the notebook is generated from: the hand-over files of the earlier stages, read by the notebook stage.</summary>
public sealed record ReviewNotebookInput
{
    public required string ReportName { get; init; }

    public required string InputSha256 { get; init; }

    /// <summary>The length of the decoded report text, as the notebook's first cell prints it.</summary>
    public required int ReportLength { get; init; }

    public required int MentionCount { get; init; }

    /// <summary>Whether a fresh extraction of the report gives mentions.csv byte for byte.</summary>
    public required bool ExtractionReproduced { get; init; }

    /// <summary>The sentence of each mention (mentions.csv), quoted as the evidence of a failed finding.</summary>
    public required IReadOnlyDictionary<int, string> Sentences { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The best-ranked explanation the diagnose stage found for a failed rule, when it found one.</summary>
    public IReadOnlyDictionary<string, string> Explanations { get; init; } = new Dictionary<string, string>();

    /// <summary>The kinds of the generic checks, in the order the checker runs them.</summary>
    public required IReadOnlyList<string> GenericKinds { get; init; }

    public required bool HasFigures { get; init; }

    /// <summary>The figures of the report's catalogue (figures.yaml) resolved against the mentions; 0 without one.</summary>
    public required int CatalogueSize { get; init; }

    public required bool HasRules { get; init; }

    /// <summary>Rendered plots (plots/NAME.png), in name order.</summary>
    public IReadOnlyList<(string Name, byte[] Png)> Plots { get; init; } = [];

    /// <summary>The problems of problems.csv with their joint readings (empty when the diagnose stage has not run).</summary>
    public IReadOnlyList<ProblemRow> Problems { get; init; } = [];
}
