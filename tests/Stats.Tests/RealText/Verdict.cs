namespace Stats.Tests.RealText;

/// <summary>
/// A person's verdict on one flagged row of a real text (Fixtures/RealVerdicts/flags.tsv): a true problem of the report or
/// a false alarm of the tool, with a one-line reason. Keyed by file and <see cref="RealChecks.KeyOf"/>.
/// </summary>
public sealed record Verdict(string File, string Key, bool IsTrueProblem, string Evidence, string Reason)
{
    public const string TrueProblem = "true_problem";
    public const string FalseAlarm = "false_alarm";

    public static string Path => System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "RealVerdicts", "flags.tsv");

    public static IReadOnlyList<Verdict> Load() =>
        System.IO.File.ReadAllLines(Path).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(line =>
        {
            var c = line.Split('\t');
            if (c.Length < 5 || c[2] is not (TrueProblem or FalseAlarm))
                throw new FormatException($"flags.tsv: '{line}' needs file, key, {TrueProblem}|{FalseAlarm}, evidence, reason");
            return new Verdict(c[0], c[1], c[2] == TrueProblem, c[3], c[4]);
        }).ToList();
}
