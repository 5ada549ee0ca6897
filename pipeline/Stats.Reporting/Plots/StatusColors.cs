using ScottPlot;
using Stats.Core.Findings;

namespace Stats.Reporting.Plots;

/// <summary>One colour per check status, shared by every plot and the HTML report, readable in greyscale print as well.</summary>
public static class StatusColors
{
    public static string Hex(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "#2e7d32",
        CheckStatus.Fail => "#c62828",
        CheckStatus.Warn => "#ef8f00",
        CheckStatus.NotEvaluable => "#757575",
        _ => "#6a1b9a",
    };

    public static Color Of(CheckStatus status) => Color.FromHex(Hex(status));

    public static readonly Color Stated = Color.FromHex("#1565c0");

    public static readonly Color Computed = Color.FromHex("#ef6c00");
}
