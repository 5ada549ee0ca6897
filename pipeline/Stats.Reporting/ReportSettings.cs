using Stats.Core.References;
using Stats.Reporting.Agriculture;
using Stats.Reporting.Figures;
using Stats.Reporting.Plots;

namespace Stats.Reporting;

/// <summary>The reference data and rendering choices a report is built with; none of them come from the report itself.</summary>
public sealed record ReportSettings
{
    /// <summary>The band of plausible grain yields, in kg per 亩.</summary>
    public required PlausibilityBands GrainYield { get; init; }

    /// <summary>Unit conversions, from the unit catalogue.</summary>
    public required UnitScale Units { get; init; }

    public required ChartFont Font { get; init; }

    public int PlotWidth { get; init; } = 800;

    public int PlotHeight { get; init; } = 500;
}
