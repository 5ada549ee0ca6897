using System.Globalization;
using Stats.Core.Findings;
using Stats.Reporting.Agriculture;
using Stats.Reporting.Html;
using Stats.Reporting.Plots;
using Stats.Reporting.Tables;

namespace Stats.Reporting;

/// <summary>Builds stage 4's tables, plots, HTML report and summary from the earlier stages' tables; writes nothing itself.</summary>
public static class ValidationReport
{
    public static ReportArtifacts Build(ReportInput input, ReportSettings settings)
    {
        var crops = CropFigures.Of(input.Mentions, input.Hypotheses, settings.Units);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        // The tables (Deedle's period series, the frames) are independent of the plots: built on another thread meanwhile.
        var tablesBuilt = Task.Run(() => InCulture(culture, uiCulture, () => new List<(string, Microsoft.Data.Analysis.DataFrame)>
        {
            ("tables/figures.csv", FiguresTable.Build(input.Mentions, input.Findings, settings.Units)),
            ("tables/summary.csv", CheckSummary.ToDataFrame(input.Findings)),
            ("tables/fiscal.csv", FiscalTable.Build(input.Mentions)),
            ("tables/agriculture.csv", AgricultureTable.Build(crops, input.Mentions, settings.GrainYield, settings.Units)),
        }));
        // Building and rendering (above all the PNG encoder) are most of the stage: the plots are independent, so they are
        // built and rendered side by side. Each plot's bytes do not depend on the thread (SvgIds renumbers Skia's
        // process-wide clip-path counter), provided the workers format in the caller's culture rather than the machine's.
        var builders = PlotBuilders(input, crops, settings);
        var plots = new RenderedPlot[builders.Count];
        Parallel.For(0, builders.Count, i =>
            plots[i] = InCulture(culture, uiCulture, () => builders[i].Build().Render(builders[i].Name, settings.PlotWidth, settings.PlotHeight)));
        var tables = tablesBuilt.GetAwaiter().GetResult();
        return new ReportArtifacts(tables, plots, HtmlReport.Build(input, plots, settings), MarkdownSummary.Build(input));
    }

    /// <summary>Runs <paramref name="work"/> on this thread in the given cultures, then restores the thread's own.</summary>
    private static T InCulture<T>(CultureInfo culture, CultureInfo uiCulture, Func<T> work)
    {
        var (ownCulture, ownUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (ownCulture, ownUiCulture);
        }
    }

    /// <summary>The six plots in presentation order, before rendering.</summary>
    public static IReadOnlyList<(string Name, PlotCanvas Canvas)> BuildPlots(ReportInput input, CropFigures crops, ReportSettings settings) =>
        PlotBuilders(input, crops, settings).Select(p => (p.Name, p.Build())).ToList();

    /// <summary>How to build each of the six plots, in presentation order.</summary>
    private static IReadOnlyList<(string Name, Func<PlotCanvas> Build)> PlotBuilders(ReportInput input, CropFigures crops, ReportSettings settings) =>
    [
        (FindingsOverviewPlot.Name, () => FindingsOverviewPlot.Build(input.Findings, settings.Font)),
        (RevenueCompositionPlot.Name, () => RevenueCompositionPlot.Build(input.Findings, input.Mentions, settings.Font)),
        (GrowthCoherencePlot.Name, () => GrowthCoherencePlot.Build(input.Findings, input.Mentions, settings.Font)),
        (YieldPlausibilityPlot.Name, () => YieldPlausibilityPlot.Build(crops.Readings, settings.GrainYield, settings.Font)),
        (AreaAcrossYearsPlot.Name, () => AreaAcrossYearsPlot.Build(crops.Areas, input.Mentions, settings.Units, settings.Font)),
        (GranularityPlot.Name, () => GranularityPlot.Build(input.Findings, input.Mentions, settings.Font)),
    ];
}
