using System.Globalization;
using System.Text;
using Stats.Synthetic;

namespace Stats.Tests.Synthetic;

/// <summary>
/// How many planted errors the generic checks find (recall, by kind) and how many clean figures they flag (false flags),
/// over a synthetic corpus. The numbers go to the test output and to corpus-measurement.md; the asserts are only bounds a
/// broken pipeline would cross.
/// </summary>
public class CorpusMeasurementTests
{
    private const int Seed = 20230420;
    private const int Reports = 300;

    [Test]
    public void The_generic_checks_find_most_planted_errors_and_flag_almost_no_clean_figures()
    {
        var scores = new CorpusGenerator(Seed).Reports(Reports).Select(ReportScore.Of).ToList();
        var errors = scores.SelectMany(s => s.Errors).ToList();
        var recall = (decimal)errors.Count(e => e.Detected) / errors.Count;
        var cleanFigures = scores.Sum(s => s.CleanFigures);
        var falseFlags = scores.Sum(s => s.FalselyFlagged.Count);
        var falseFlagRate = (decimal)falseFlags / cleanFigures;

        var text = Describe(scores, errors, recall, cleanFigures, falseFlags, falseFlagRate);
        TestContext.Out.WriteLine(text);
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "corpus-measurement.md"), text);

        Assert.That(scores.SelectMany(s => s.BrokenChecks), Is.Empty, "a check threw");
        Assert.That(recall, Is.GreaterThan(0.5m));
        Assert.That(falseFlagRate, Is.LessThan(0.05m));
    }

    private static string Describe(IReadOnlyList<ReportScore> scores, IReadOnlyList<ScoredError> errors, decimal recall,
        int cleanFigures, int falseFlags, decimal falseFlagRate)
    {
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(c, $"# Corpus measurement: seed {Seed}, {scores.Count} reports ({scores.Count(s => s.Report.IsClean)} clean)");
        md.AppendLine();
        md.AppendLine("A planted error is detected when a failed or warned generic-check finding names the mention printed at its offset.");
        md.AppendLine();
        md.AppendLine("| kind | planted | detected | recall |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (var kind in Enum.GetValues<PlantedErrorKind>())
        {
            var ofKind = errors.Where(e => e.Error.Kind == kind).ToList();
            var found = ofKind.Count(e => e.Detected);
            md.AppendLine(c, $"| {kind} | {ofKind.Count} | {found} | {(ofKind.Count == 0 ? "-" : ((decimal)found / ofKind.Count).ToString("P1", c))} |");
        }
        md.AppendLine(c, $"| **all** | {errors.Count} | {errors.Count(e => e.Detected)} | {recall.ToString("P1", c)} |");
        md.AppendLine();
        md.AppendLine(c, $"False flags: {falseFlags} of {cleanFigures} clean figures ({falseFlagRate.ToString("P3", c)}) appear in failed or warned findings that involve no planted error.");
        var byKind = scores.SelectMany(s => s.UnexplainedFindings).GroupBy(f => f.Kind).Select(g => $"{g.Key} {g.Count()}");
        md.AppendLine(c, $"Unexplained findings by check: {string.Join(", ", byKind)}; in reports with a planted error: {scores.Count(s => s.UnexplainedFindings.Count > 0 && !s.Report.IsClean)} of {scores.Count(s => s.UnexplainedFindings.Count > 0)}.");
        foreach (var flag in scores.SelectMany(s => s.UnexplainedFindings.Select(f => $"- {s.Report.Id}: {f.Kind}: {f.Message} (planted: {string.Join("; ", s.Report.Answers.Select(a => $"{a.Kind} {a.Printed} for {a.Original}"))})")).Take(6))
            md.AppendLine(flag);
        md.AppendLine();
        md.AppendLine("Missed planted errors, first of each kind:");
        foreach (var miss in errors.Where(e => !e.Detected).GroupBy(e => e.Error.Kind).Select(g => g.First()))
            md.AppendLine(c, $"- {miss.Error.Kind}: {miss.Error.Printed} (was {miss.Error.Original})");
        return md.ToString();
    }
}
