using Stats.Cli.Output;
using Stats.Core.Findings;
using Stats.Core.Tables;
using Stats.Pipeline.Tables;

namespace Stats.Cli.Stages;

/// <summary>
/// Stage 2: confronts the figures with the report's rules and the generic checks (findings.csv, findings.json,
/// check-summary.csv); exits 1 when an error-severity check fails.
/// </summary>
internal sealed class CheckStage : IStage
{
    public string Name => "check";

    public string Description => "Check the figures against each other and against plausibility references (findings.csv).";

    public int Run(StageContext context, StageOutput output)
    {
        // A finding names its rule's file relative to the report folder: outputs must not depend on where the folder lies.
        var findings = context.Checks.Checker.Check().Select(f => f with { Origin = f.Origin.MapLocation(context.Source.WithinReport) }).ToList();
        output.Add("findings.csv", FindingTable.ToCsv(findings));
        context.CheckedFindings = findings;
        output.Add("statements.csv", StatementTable.ToCsv(context.Checks.Statements()));
        output.Add("findings.json", FindingJson.ToBytes(findings));
        var summary = CheckSummary.Of(findings);
        output.Add("check-summary.csv", CheckSummary.ToCsv(summary));
        foreach (var row in summary)
            context.Log.WriteLine($"check {row.Kind}: {row.Items} items, {row.Passes} pass, {row.Fails} fail, {row.Warns} warn, {row.NotEvaluable} not evaluable, {row.Errors} error");
        return findings.Any(f => f.Severity == Severity.Error && f.Status == CheckStatus.Fail) ? 1 : 0;
    }
}
