using System.Diagnostics;
using Stats.Cli.Output;

namespace Stats.Cli.Stages;

/// <summary>Runs stages in order, each committing its files atomically into the output folder, and times them for the manifest.</summary>
internal static class StageSequence
{
    public static StageSequenceResult Run(IReadOnlyList<IStage> stages, StageContext context)
    {
        var startedAt = DateTimeOffset.UtcNow;
        InputProtection.Check(context);
        var inputs = InputProtection.Inputs(context);
        // A later stage's bad input must not leave the outputs of the earlier ones behind, half a run in a folder.
        if (stages.Count > 1) context.ValidateInputs();
        var exit = 0;
        var timings = new List<StageTiming>();
        var outputs = new List<FileDigest>();
        foreach (var stage in stages)
        {
            var stageStart = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var output = new StageOutput();
            exit = Math.Max(exit, stage.Run(context, output));
            output.Commit(context.OutDir, inputs);
            timings.Add(new StageTiming(stage.Name, stageStart, Math.Round(clock.Elapsed.TotalSeconds, 3)));
            outputs.AddRange(output.Contents.Select(f => FileDigest.OfContent(stage.Name, f.Key, f.Value)));
        }
        return new StageSequenceResult(exit, startedAt, timings, outputs);
    }
}
