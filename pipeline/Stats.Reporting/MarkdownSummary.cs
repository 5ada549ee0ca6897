using System.Globalization;
using System.Text;
using Stats.Core.Diagnosis;
using Stats.Core.Findings;
using Stats.Reporting.Figures;
using Stats.Reporting.Html;

namespace Stats.Reporting;

/// <summary>The short Markdown summary printed for CI logs and written to summary.md: counts by status and the failed findings.</summary>
public static class MarkdownSummary
{
    public static string Build(ReportInput input)
    {
        var verdicts = FigureVerdict.Of(input.Findings);
        var figures = input.Mentions.Where(m => m.IsFigure).ToList();
        var md = new StringBuilder();
        md.Append("# Validation summary: ").Append(Inline(input.ReportName)).Append("\n\n")
            .Append("Input SHA-256: `").Append(input.InputSha256).Append("`\n\n");
        AppendProblems(md, input.Problems);
        md.Append("The full validation report is [report.html](report.html).\n\n")
            .Append("| findings | ").Append(string.Join(" | ", StatusOrder.Presentation.Select(s => s.Name()))).Append(" |\n")
            .Append("|---|").Append(string.Concat(StatusOrder.Presentation.Select(_ => "---|"))).Append('\n')
            .Append("| ").Append(Int(input.Findings.Count)).Append(" | ")
            .Append(string.Join(" | ", StatusOrder.Presentation.Select(s => Int(input.Findings.Count(f => f.Status == s))))).Append(" |\n\n")
            .Append("Figures: ").Append(Int(figures.Count)).Append(" (")
            .Append(string.Join(", ", Enum.GetValues<FigureStatus>().Select(s =>
                $"{Int(figures.Count(m => verdicts.GetValueOrDefault(m.Id, FigureVerdict.Unchecked).Status == s))} {s.ToString().ToLowerInvariant()}")))
            .Append(")\n");
        var failed = input.Findings.Where(f => f.Status == CheckStatus.Fail).ToList();
        if (failed.Count > 0)
        {
            md.Append("\n## Failed findings\n\n");
            foreach (var f in failed) md.Append("- `").Append(f.Rule.Replace("`", "'", StringComparison.Ordinal)).Append("` (").Append(Inline(f.Kind)).Append("): ").Append(Inline(f.Message)).Append('\n');
        }
        return md.ToString();
    }

    /// <summary>Problems first: a reviewer counts problems, then reads the checks behind them.</summary>
    private static void AppendProblems(StringBuilder md, IReadOnlyList<ProblemRow> problems)
    {
        var failing = problems.Count(p => p.Status == CheckStatus.Fail);
        md.Append("**").Append(Int(problems.Count)).Append(problems.Count == 1 ? " problem" : " problems").Append("** (")
            .Append(Int(failing)).Append(" failing, ").Append(Int(problems.Count - failing)).Append(" warning only)")
            .Append(problems.Count == 0 ? ".\n\n" : ":\n\n");
        foreach (var p in problems)
        {
            md.Append("- **").Append(p.Id).Append("** (").Append(p.Status.Name()).Append(", ").Append(Int(p.Checks))
                .Append(p.Checks == 1 ? " check: " : " checks: ").Append(Inline(p.Kinds.Replace(";", ", ", StringComparison.Ordinal))).Append(')');
            if (p.Best.Length > 0)
                md.Append(": best joint reading ").Append(Inline(p.Original)).Append(" → ").Append(Inline(p.Best))
                    .Append(" (").Append(Inline(p.BestKind)).Append(", fixes ").Append(Int(p.BestFixes ?? 0)).Append(" of ").Append(Int(p.Checks)).Append(')');
            else
                md.Append(": no reading explains it");
            md.Append('\n');
        }
        if (problems.Count > 0) md.Append('\n');
    }

    // One line each, and no table breaks: messages are single sentences, but report text can hold anything.
    private static string Inline(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
