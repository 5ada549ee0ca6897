using Stats.Cli.Output;

namespace Stats.Cli.Stages;

/// <summary>One step of the pipeline: reads the hand-over files of earlier stages and adds its own.</summary>
internal interface IStage
{
    /// <summary>The CLI verb.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Whether the stage reads the shared reference data (every stage after extraction does).</summary>
    bool ReadsReferenceData => true;

    /// <summary>Runs the stage, putting its files into <paramref name="output"/>; returns 0, or 1 when error-severity checks failed.</summary>
    int Run(StageContext context, StageOutput output);
}
