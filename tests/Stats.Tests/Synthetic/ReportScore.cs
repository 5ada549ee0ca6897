using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Synthetic;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Synthetic;

/// <summary>Whether a planted error was found: some failed or warned finding names the mention printed at its offset.</summary>
public sealed record ScoredError(PlantedError Error, bool Detected);

/// <summary>
/// How the generic checks did on one synthetic report: which planted errors they found, and which clean figures they
/// flagged in findings that no planted error takes part in (false flags).
/// </summary>
public sealed record ReportScore(
    SyntheticReport Report,
    IReadOnlyList<ScoredError> Errors,
    int CleanFigures,
    IReadOnlyList<Mention> FalselyFlagged,
    IReadOnlyList<Finding> UnexplainedFindings,
    IReadOnlyList<Finding> BrokenChecks)
{
    public static ReportScore Of(SyntheticReport report)
    {
        var (mentions, findings) = CheckedText.ExtractAndCheck(report.Text);
        var flagged = findings.Where(f => f.Status is CheckStatus.Fail or CheckStatus.Warn).ToList();
        var plantedAt = report.Answers.ToDictionary(a => a, a => mentions.FirstOrDefault(m => m.Span.Start <= a.Offset && a.Offset < m.Span.End));
        var planted = plantedAt.Values.OfType<Mention>().Select(m => m.Id).ToHashSet();

        var errors = report.Answers
            .Select(a => new ScoredError(a, plantedAt[a] is { } m && flagged.Any(f => f.Mentions.Contains(m.Id))))
            .ToList();
        var unexplained = flagged.Where(f => !f.Mentions.Any(planted.Contains)).ToList();
        var falselyFlaggedIds = unexplained.SelectMany(f => f.Mentions).ToHashSet();
        var clean = mentions.Where(m => m.IsFigure && !planted.Contains(m.Id)).ToList();
        return new ReportScore(report, errors, clean.Count, clean.Where(m => falselyFlaggedIds.Contains(m.Id)).ToList(), unexplained,
            findings.Where(f => f.Status == CheckStatus.Error).ToList());
    }
}
