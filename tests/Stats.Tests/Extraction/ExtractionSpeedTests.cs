using System.Diagnostics;
using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Tests.Extraction;

/// <summary>Extraction stays linear: long sentences full of figures and rates must not make it quadratic.</summary>
public sealed class ExtractionSpeedTests
{
    [TestCase("同比增长1.5%,")]
    [TestCase("投资2000余万元、")]
    [TestCase("一二三四五六七八九十")]
    [TestCase("“1”")]
    [TestCase("1,000")]
    public void A_long_run_of_one_pattern_is_extracted_in_linear_time(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));
        var clock = Stopwatch.StartNew();
        new Extractor().Extract(new ReportText("long", text));
        // Generous for a loaded two-core machine; quadratic work on 200,000 characters would take minutes.
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void The_bundled_report_is_extracted_in_a_few_milliseconds()
    {
        var report = BundledReport.Load();
        var extractor = new Extractor();
        for (var i = 0; i < 20; i++) extractor.Extract(report);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 50; i++) extractor.Extract(report);
        Assert.That(clock.Elapsed / 50, Is.LessThan(TimeSpan.FromMilliseconds(20)));
    }
}
