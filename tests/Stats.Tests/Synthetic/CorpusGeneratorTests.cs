using System.Diagnostics;
using System.Text;
using Stats.Synthetic;

namespace Stats.Tests.Synthetic;

public class CorpusGeneratorTests
{
    [Test]
    public void The_same_seed_and_index_give_the_same_report_byte_for_byte()
    {
        var first = new CorpusGenerator(7).Reports(50).ToList();
        var second = new CorpusGenerator(7).Reports(50).ToList();

        Assert.That(second.Select(r => r.Text), Is.EqualTo(first.Select(r => r.Text)));
        Assert.That(second.SelectMany(r => r.Answers), Is.EqualTo(first.SelectMany(r => r.Answers)));
        Assert.That(new CorpusGenerator(7).Report(31).Text, Is.EqualTo(first[31].Text), "a report does not depend on the ones before it");
    }

    [Test]
    public void Different_seeds_give_different_reports()
    {
        Assert.That(new CorpusGenerator(1).Report(0).Text, Is.Not.EqualTo(new CorpusGenerator(2).Report(0).Text));
    }

    [Test]
    public void Every_planted_error_offset_points_at_its_printed_text()
    {
        foreach (var report in new CorpusGenerator(11).Reports(300))
            foreach (var error in report.Answers)
            {
                Assert.That(report.Text.Substring(error.Offset, error.Printed.Length), Is.EqualTo(error.Printed), report.Id);
                Assert.That(error.Printed, Is.Not.EqualTo(error.Original), report.Id);
            }
    }

    [Test]
    public void Reports_carry_zero_to_three_errors_and_some_stay_clean()
    {
        var reports = new CorpusGenerator(3).Reports(300).ToList();

        Assert.That(reports.Select(r => r.Answers.Count), Has.All.InRange(0, 3));
        Assert.That(reports.Count(r => r.IsClean), Is.InRange(40, 150));
        Assert.That(reports.SelectMany(r => r.Answers).Select(a => a.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<PlantedErrorKind>()));
    }

    [Test]
    public void Reports_are_two_to_six_kilobytes_of_UTF8()
    {
        var sizes = new CorpusGenerator(5).Reports(300).Select(r => Encoding.UTF8.GetByteCount(r.Text)).ToList();

        Assert.That(sizes, Has.All.InRange(2048, 6144), $"from {sizes.Min()} to {sizes.Max()} bytes");
    }

    // It reads the clock: no other test may share the cores meanwhile.
    [Test, NonParallelizable]
    public void Generation_is_fast_enough_to_write_ten_thousand_reports_in_seconds()
    {
        var generator = new CorpusGenerator(9);
        _ = generator.Reports(200).Sum(r => r.Text.Length); // warm up the JIT
        var clock = Stopwatch.StartNew();
        var bytes = generator.Reports(4000, first: 1000).Sum(r => (long)r.Text.Length);
        var perSecond = 4000 / clock.Elapsed.TotalSeconds;
        TestContext.Out.WriteLine($"generated {perSecond:F0} reports/s ({bytes} characters)");

        // The target is 2,000/s; the bound is loose so a loaded CI machine does not fail it.
        Assert.That(perSecond, Is.GreaterThan(500));
    }
}
