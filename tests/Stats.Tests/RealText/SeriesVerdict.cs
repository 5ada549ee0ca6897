namespace Stats.Tests.RealText;

/// <summary>
/// A person's verdict on one cross-year flag of the real series (Fixtures/RealVerdicts/series-flags.tsv): a true problem of
/// a report, a customary revision (a restated flash figure, a constant-price growth, a comparable basis, a restated budget),
/// or a false alarm of the tool, with its reason.
/// </summary>
public sealed record SeriesVerdict(string File, string Indicator, string Kind, int Offset, string Status, string Verdict, string Reason)
{
    public const string TrueProblem = "true_problem";
    public const string CustomaryRevision = "customary_revision";
    public const string FalseAlarm = "false_alarm";

    public static string Path => System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "RealVerdicts", "series-flags.tsv");

    public (string, string, string, int) Key => (File, Indicator, Kind, Offset);

    public static IReadOnlyList<SeriesVerdict> Load() =>
        System.IO.File.ReadAllLines(Path).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(line =>
        {
            var c = line.Split('\t');
            if (c.Length < 7 || c[5] is not (TrueProblem or CustomaryRevision or FalseAlarm))
                throw new FormatException($"series-flags.tsv: '{line}' needs file, indicator, kind, offset, status, {TrueProblem}|{CustomaryRevision}|{FalseAlarm}, reason");
            return new SeriesVerdict(c[0], c[1], c[2], int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), c[4], c[5], c[6]);
        }).ToList();
}
