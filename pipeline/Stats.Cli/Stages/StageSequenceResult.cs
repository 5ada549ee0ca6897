using Stats.Cli.Output;

namespace Stats.Cli.Stages;

/// <summary>What a sequence of stages did: the worst exit code, when it started, each stage's timing, and every file written.</summary>
internal sealed record StageSequenceResult(int ExitCode, DateTimeOffset StartedAt, IReadOnlyList<StageTiming> Timings, IReadOnlyList<FileDigest> Outputs);
