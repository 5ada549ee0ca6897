using Stats.Cli.Output;
using Stats.Core.Extraction;
using Stats.Core.Tables;
using Stats.Pipeline.Tables;

namespace Stats.Cli.Stages;

/// <summary>Stage 1: every number-bearing mention of the report, with unit, qualifier, precision and position (mentions.csv).</summary>
internal sealed class ExtractStage : IStage
{
    public string Name => "extract";

    public string Description => "Extract every figure with its unit, qualifier and source position into mentions.csv.";

    public bool ReadsReferenceData => false;

    public int Run(StageContext context, StageOutput output)
    {
        var mentions = context.Extracted;
        output.Add("mentions.csv", MentionTable.ToCsv(mentions, context.Report));
        return 0;
    }
}
