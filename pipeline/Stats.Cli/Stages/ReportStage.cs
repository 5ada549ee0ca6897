using System.Security.Cryptography;
using Stats.Cli.Output;
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
            Findings = FindingTable.FromDataFrame(context.LoadTable("findings.csv", FindingTable.Schema, "check")),
            Hypotheses = HypothesisTable.FromDataFrame(context.LoadTable("hypotheses.csv", HypothesisTable.Schema, "diagnose")),
            // A diagnose stage of an earlier version wrote no problems.csv: the problems are then grouped here, without joint readings.
            Problems = File.Exists(Path.Combine(context.FolderOf("diagnose"), "problems.csv"))
                ? ProblemTable.FromDataFrame(context.LoadTable("problems.csv", ProblemTable.Schema, "diagnose"))
                : [],
            // A check stage of an earlier version wrote no statements.csv: the page then shows no links.
            Statements = File.Exists(Path.Combine(context.FolderOf("check"), "statements.csv"))
                ? StatementTable.FromDataFrame(context.LoadTable("statements.csv", StatementTable.Schema, "check"))
                : [],
        };
        if (input.Problems.Count == 0)
            input = input with { Problems = Problem.Group(input.Findings).Select(p => ProblemRow.From(new ProblemDiagnosis(p, null, null))).ToList() };
        var artifacts = ValidationReport.Build(input, new ReportSettings { GrainYield = context.ReferenceData.BandsOf("grain_yield"), Units = new UnitScale(context.ReferenceData.Units), Font = ChartFont.Bundled });
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
}
