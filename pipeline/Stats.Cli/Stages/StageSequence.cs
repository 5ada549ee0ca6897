using System.Diagnostics;
using Stats.Cli.Output;

namespace Stats.Cli.Stages;

/// <summary>Runs stages in order, each writing its files into the run's staging folder, and times them for the manifest.</summary>
internal static class StageSequence
{
    /// <summary>
    /// Runs <paramref name="stages"/> into <paramref name="staging"/>, which the caller commits (or, to compare only, drops).
    /// Every input is read and validated, and the output folder held, before the first stage reads from the output folder.
    /// </summary>
    public static StageSequenceResult Run(IReadOnlyList<IStage> stages, StageContext context, Staging staging)
    {
        var startedAt = DateTimeOffset.UtcNow;
        if (stages.Any(s => s.ReadsReferenceData)) context.ReadReferenceDataAhead();
        var inputs = InputProtection.Inputs(context);
        InputProtection.Check(context, inputs);
        // A later stage's bad input must not leave the outputs of the earlier ones behind, half a run in a folder.
        if (stages.Count > 1) context.ValidateInputs();
        // A folder that exists may hold another run's files: hold it before reading any. A new one is created (and held)
        // only at the first write, so a verb refused on its input writes nothing at all.
        if (Directory.Exists(context.OutDir)) staging.Enter();
        var exit = 0;
        var timings = new List<StageTiming>();
        var outputs = new List<FileDigest>();
        foreach (var stage in stages)
        {
            var stageStart = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var output = new StageOutput { CsvBom = context.CsvBom };
            exit = Math.Max(exit, stage.Run(context, output));
            staging.Write(output, inputs);
            context.Staged(stage.Name, staging.Folder);
            timings.Add(new StageTiming(stage.Name, stageStart, Math.Round(clock.Elapsed.TotalSeconds, 3)));
            outputs.AddRange(output.Contents.Select(f => FileDigest.OfContent(stage.Name, f.Key, f.Value)));
        }
        return new StageSequenceResult(exit, startedAt, timings, outputs);
    }
}
