using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Tests.Core.Extraction;

/// <summary>
/// Long runs of one pattern: extraction finishes and keeps its invariants. Speed itself is measured in the benchmarks
/// (bench/), never with a clock in a unit test.
/// </summary>
public sealed class LongInputTests
{
    [TestCase("同比增长1.5%,")]
    [TestCase("投资2000余万元、")]
    [TestCase("一二三四五六七八九十")]
    [TestCase("“1”")]
    [TestCase("1,000")]
    public void A_long_run_of_one_pattern_keeps_every_span_exact(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));
        var mentions = new Extractor().Extract(new ReportText("long", text));

        Assert.That(mentions.All(m => text[m.Span.Start..m.Span.End] == m.Text), Is.True);
        Assert.That(mentions.Zip(mentions.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start), Is.True);
    }
}
