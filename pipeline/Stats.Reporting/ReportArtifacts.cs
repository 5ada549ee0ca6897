using Microsoft.Data.Analysis;
using Stats.Reporting.Plots;

namespace Stats.Reporting;

/// <summary>Everything stage 4 writes: tables by relative path, plots, the HTML report and the Markdown summary.</summary>
public sealed record ReportArtifacts(
    IReadOnlyList<(string Path, DataFrame Table)> Tables,
    IReadOnlyList<RenderedPlot> Plots,
    string Html,
    string Markdown);
