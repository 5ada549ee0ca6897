using System.Security.Cryptography;
using Stats.Cli.Output;
using Stats.Cli.Provenance;
using Stats.Core.Diagnosis;
using Stats.Core.Tables;
using Stats.Pipeline.Inputs;
using Stats.Pipeline.Tables;
using Stats.Reporting;
using Stats.Reporting.Agriculture;
using Stats.Reporting.Figures;
using Stats.Reporting.Plots;

namespace Stats.Cli.Stages;

/// <summary>Stage 4: validated tables, plots, a self-contained HTML report and a Markdown summary of the earlier stages' results.</summary>
internal sealed class ReportStage : IStage
{
    public string Name => "report";

    public string Description => "Write validated tables, plots, report.html and summary.md from mentions.csv, findings.csv, hypotheses.csv and problems.csv.";

    public int Run(StageContext context, StageOutput output)
    {
        var mentions = MentionTable.FromDataFrame(context.LoadTable("mentions.csv", MentionTable.Schema, "extract"));
        var input = new ReportInput
        {
            ReportName = context.Source.Id,
            InputSha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(context.Source.ReportPath))),
            Mentions = mentions,
            Sentences = MentionSentences.Of(mentions, context.Report),
            SentencePositions = MentionSentences.PositionsOf(mentions, context.Report),
            Findings = FindingTable.FromDataFrame(context.LoadTable("findings.csv", FindingTable.Schema, "check")),
            Hypotheses = HypothesisTable.FromDataFrame(context.LoadTable("hypotheses.csv", HypothesisTable.Schema, "diagnose")),
            // A check stage of an earlier version wrote no statements.csv: the page then shows no links.
            Statements = context.LoadOptionalTable("statements.csv", StatementTable.Schema, "check") is { } statements
                ? StatementTable.FromDataFrame(statements)
                : [],
        };
        // A diagnose stage of an earlier version wrote no problems.csv: the problems are then grouped here, without joint readings.
        input = input with
        {
            Problems = context.LoadOptionalTable("problems.csv", ProblemTable.Schema, "diagnose") is { } problems
                ? ProblemTable.FromDataFrame(problems)
                : Problem.Group(input.Findings).Select(p => ProblemRow.From(new ProblemDiagnosis(p, null, null))).ToList(),
        };
        var settings = new ReportSettings { GrainYield = context.ReferenceData.BandsOf("grain_yield"), Units = new UnitScale(context.ReferenceData.Units), Font = ChartFont.Bundled };
        var artifacts = ValidationReport.Build(input with { Provenance = Provenance(context), SeriesPage = context.SeriesPage }, settings);
        foreach (var (path, table) in artifacts.Tables) output.Add(path, CsvFile.ToBytes(table));
        foreach (var plot in artifacts.Plots)
        {
            output.Add($"plots/{plot.Name}.png", plot.Png);
            output.AddText($"plots/{plot.Name}.svg", plot.Svg);
        }
        output.AddText("report.html", artifacts.Html);
        output.AddText("summary.md", artifacts.Markdown);
        context.Log.Write(artifacts.Markdown);
        return 0;
    }

    /// <summary>
    /// The tool and the inputs as manifest.json records them, but named the same wherever the files lie (the report's id
    /// and file name, reference/ and file name), so the page is the same bytes whatever the folders; no clock reading.
    /// </summary>
    private static ReportProvenance Provenance(StageContext context)
    {
        var tool = ToolStamp.Current();
        var source = context.Source;
        var inputs = new List<ReportProvenance.Input> { Digest("report", context.DisplayPath(source.ReportPath), source.ReportPath) };
        if (source.FiguresPath is { } figures) inputs.Add(Digest("figures", context.DisplayPath(figures), figures));
        if (source.RulesPath is { } rules) inputs.Add(Digest("rules", context.DisplayPath(rules), rules));
        inputs.AddRange(context.ReferenceFilesRead.OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new ReportProvenance.Input("reference", "reference/" + Path.GetFileName(f.Path), f.Sha256)));
        // The informational version ends in +<commit>, which the page shows on its own.
        return new ReportProvenance(tool.Version.Split('+')[0], tool.Commit, tool.Dirty, inputs);
    }

    private static ReportProvenance.Input Digest(string role, string name, string path) =>
        new(role, name, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
}
