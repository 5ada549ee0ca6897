namespace Stats.Cli.Stages;

/// <summary>
/// The last line of a run: what it wrote for a person to read, and what its exit code means, so that an exit code of 1 (the
/// checks found problems: the tool working) is not mistaken for the tool failing.
/// </summary>
internal static class RunEnding
{
    public static string Describe(StageSequenceResult run, string outDir)
    {
        var written = run.Outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var page = written.Contains("report.html") ? Path.Combine(outDir, "report.html")
            : written.Contains("findings.csv") ? Path.Combine(outDir, "findings.csv")
            : outDir;
        var meaning = run.ExitCode switch
        {
            0 when written.Contains("findings.csv") => "exit code 0: no check failed",
            0 => "exit code 0",
            1 => "exit code 1: checks failed, which is the tool working (read the problems in it); 2 would mean bad input",
            _ => $"exit code {run.ExitCode}",
        };
        return $"Wrote {page} ({meaning}).";
    }
}
