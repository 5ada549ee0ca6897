namespace Stats.Cli.Output;

/// <summary>When one stage started and how long it took: the only clock readings of a run, kept in the manifest alone.</summary>
internal sealed record StageTiming(string Stage, DateTimeOffset StartedAt, double Seconds);
