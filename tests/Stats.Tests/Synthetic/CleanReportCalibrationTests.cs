using Stats.Core.Findings;
using Stats.Synthetic;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Synthetic;

/// <summary>
/// The calibration of the generator against the checks: a report with no planted error is consistent by construction,
/// so any failed or warned finding on it is either a generator bug or a check's false alarm.
/// </summary>
public class CleanReportCalibrationTests
{
    [Test]
    public void No_generic_check_fails_or_warns_on_a_clean_synthetic_report()
    {
        var clean = new CorpusGenerator(2023).Reports(600).Where(r => r.IsClean).ToList();
        var flags = clean
            .SelectMany(r => CheckedText.CheckText(r.Text)
                .Where(f => f.Status is CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error)
                .Select(f => $"{r.Id}: {f.Kind} {f.Status.Name()}: {f.Message}"))
            .ToList();

        Assert.That(clean, Has.Count.GreaterThan(100));
        Assert.That(flags, Is.Empty, string.Join("\n", flags.Take(20)));
    }

    [Test]
    public void Every_planted_error_is_printed_where_the_extractor_finds_a_figure()
    {
        var missed = new CorpusGenerator(2023).Reports(300)
            .SelectMany(r =>
            {
                var (mentions, _) = CheckedText.ExtractAndCheck(r.Text);
                return r.Answers
                    .Where(a => !mentions.Any(m => m.IsFigure && m.Span.Start == a.Offset && m.Text == a.Printed))
                    .Select(a => $"{r.Id}: {a.Kind} {a.Printed} at {a.Offset}");
            })
            .ToList();

        Assert.That(missed, Is.Empty, string.Join("\n", missed.Take(20)));
    }
}
