using Stats.Core.Checks.Generic;
using Stats.Core.DataFiles;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Core.References;

/// <summary>The limits of data/reference/limits.yaml: which word decides, and how a bad entry is refused.</summary>
public sealed class RangeLimitsTests
{
    private static RangeLimits Limits => CheckedText.ReferenceData.Limits;

    [TestCase("第三产业增加值占生产总值比重为", "share")]
    [TestCase("森林覆盖率达到", "coverage")]
    [TestCase("比上年下降", "decrease")]
    [TestCase("完成年度预算的", null)]
    [TestCase("税收占比完成预算的", null)]
    [TestCase("对经济增长的贡献率为", null)]
    [TestCase("全年粮食产量", null)]
    public void The_word_nearest_before_a_percentage_decides_its_limit(string lead, string? limit)
    {
        Assert.That(Limits.Nearest(lead)?.Id, Is.EqualTo(limit));
    }

    [Test]
    public void A_range_that_runs_backwards_is_refused_with_its_file_and_line()
    {
        const string yaml = "limits:\n  - { id: share, label: a share, words: [比重], range: [100, 0] }\n";

        Assert.That(() => RangeLimits.Parse(yaml, "limits.yaml"),
            Throws.InstanceOf<DataFileException>().With.Message.Contains("limits.yaml:2").And.Message.Contains("low to high"));
    }

    [Test]
    public void A_range_that_is_not_two_numbers_is_refused()
    {
        const string yaml = "limits:\n  - { id: share, label: a share, words: [比重], range: [0, many] }\n";

        Assert.That(() => RangeLimits.Parse(yaml, "limits.yaml"), Throws.InstanceOf<DataFileException>().With.Message.Contains("many"));
    }
}
