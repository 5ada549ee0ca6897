using Stats.Cli.Output;
using Stats.Core.Diagnosis;
using Stats.Core.Tables;
using Stats.Pipeline.Checking;
using Stats.Pipeline.Tables;

namespace Stats.Cli.Stages;

/// <summary>
/// Stage 3: ranked hypotheses for each failed check (hypotheses.csv), and the problems they form with one joint diagnosis
/// each (problems.csv). Suggestions only: the data are never changed.
/// </summary>
internal sealed class DiagnoseStage : IStage
{
    public string Name => "diagnose";

    public string Description => "Rank the likely errors behind each failed check: unit slips, digit typos, shifted decimals, other bases (hypotheses.csv); group failures into problems with one joint reading each (problems.csv).";

    public int Run(StageContext context, StageOutput output)
    {
        var findings = FindingTable.FromDataFrame(context.LoadTable("findings.csv", FindingTable.Schema, "check"));
        var generators = ReportChecks.ReadingGenerators(context.ReferenceData);
        var diagnosis = new Diagnoser(context.Checks.Scenarios, generators).Run(findings);
        output.Add("hypotheses.csv", HypothesisTable.ToCsv(diagnosis.Hypotheses));
        output.Add("problems.csv", ProblemTable.ToCsv(diagnosis.Problems.Select(ProblemRow.From).ToList()));
        return 0;
    }
}
