using Stats.Core.DataFiles;
using Stats.Core.Statements;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Core.Statements;

/// <summary>The vocabulary of indicators is data (data/reference/indicators.yaml): what it finds in a subject, and how it refuses a bad entry.</summary>
public sealed class IndicatorVocabularyTests
{
    private static IndicatorVocabulary Vocabulary => CheckedText.ReferenceData.Indicators;

    [TestCase("全县城镇居民人均可支配收入", "人均可支配收入", Additivity.PerCapita)]
    [TestCase("全年一般公共预算收入", "一般公共预算收入", Additivity.Flow)]
    [TestCase("第一产业增加值", "增加值", Additivity.Flow)]
    [TestCase("年末常住人口", "常住人口", Additivity.Stock)]
    [TestCase("粮食平均单产", "平均值", Additivity.Average)]
    [TestCase("居民消费价格指数", "指数", Additivity.Index)]
    public void A_subject_names_the_indicator_of_its_longest_word(string subject, string indicator, Additivity adds)
    {
        var found = Vocabulary.Find(subject);

        Assert.That((found.Name, found.Adds), Is.EqualTo((indicator, adds)));
    }

    [Test]
    public void A_subject_with_no_known_word_has_no_indicator()
    {
        Assert.That(Vocabulary.Find("新建文化广场"), Is.EqualTo(Indicator.Unknown));
    }

    [Test]
    public void Every_indicator_of_the_bundled_vocabulary_has_a_name_and_no_word_belongs_to_two()
    {
        var words = Vocabulary.Indicators.SelectMany(i => i.Synonyms.Prepend(i.Name)).ToList();

        Assert.That(Vocabulary.Indicators.Select(i => i.Name), Has.All.Not.Empty);
        Assert.That(words, Is.Unique);
    }

    [Test]
    public void An_unknown_additivity_is_refused_with_its_file_and_line()
    {
        const string yaml = "indicators:\n  - { name: 收入, adds: flow }\n  - { name: 价格, adds: sometimes }\n";

        Assert.That(() => IndicatorVocabulary.Parse(yaml, "indicators.yaml"),
            Throws.InstanceOf<DataFileException>().With.Message.Contains("indicators.yaml:3").And.Message.Contains("sometimes"));
    }
}
