using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Tables;

namespace Stats.Reporting;

/// <summary>What the report stage works from: the earlier stages' tables and the identity of the report they came from.</summary>
public sealed record ReportInput
{
    /// <summary>The report's name as shown in the header (its folder or file name).</summary>
    public required string ReportName { get; init; }

    /// <summary>The SHA-256 of the report file's bytes, lower-case hex, so a reader can tell which text was checked.</summary>
    public required string InputSha256 { get; init; }

    public required IReadOnlyList<Mention> Mentions { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public IReadOnlyList<Hypothesis> Hypotheses { get; init; } = [];

    /// <summary>The problems the failed and warned findings form, with their joint readings (problems.csv).</summary>
    public IReadOnlyList<ProblemRow> Problems { get; init; } = [];

    /// <summary>The statements the checks read (statements.csv): each figure's indicator, role and links.</summary>
    public IReadOnlyList<StatementRow> Statements { get; init; } = [];

    /// <summary>The sentence text of each mention by mention id (mentions.csv's sentence column), for quoting.</summary>
    public IReadOnlyDictionary<int, string> Sentences { get; init; } = new Dictionary<int, string>();

    /// <summary>The 1-based line and column where each mention's sentence starts in the report, by mention id, shown with each quote.</summary>
    public IReadOnlyDictionary<int, (int Line, int Column)> SentencePositions { get; init; } = new Dictionary<int, (int Line, int Column)>();

    /// <summary>The page of the series across years the report belongs to, relative to report.html; null outside a series.</summary>
    public string? SeriesPage { get; init; }

    /// <summary>The tool and input files of the run, for the page's footer; null when the caller records none.</summary>
    public ReportProvenance? Provenance { get; init; }
}
