using System.Globalization;
using System.Text;
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
            .Append("Input SHA-256: `").Append(input.InputSha256).Append("`\n\n")
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

    // One line each, and no table breaks: messages are single sentences, but report text can hold anything.
    private static string Inline(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
