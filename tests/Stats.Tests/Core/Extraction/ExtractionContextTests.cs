using Stats.Core.Extraction;

namespace Stats.Tests.Core.Extraction;

/// <summary>Sentence, section, period, basis, subject, role and link of mentions in small synthetic reports.</summary>
public sealed class ExtractionContextTests
{
    private const string Report = """
        一、2022年工作回顾
        (一)聚焦项目
        累计完成固定资产投资1.28亿元,同比增长10.95%;全年粮食产量达到5016万吨。
        争取上级资金9200万元
        税收收入下降2.5%
        二、2023年工作计划
        完成一般公共预算收入6829.11万元,同比增长3%。其中,税收收入预计完成6728.14万元,同比增长1.4%,占比98.5%;
        力争2023年粮食种植面积达到6.47万亩以上。
        三、全面加强政府自身建设
        计划新建超市5个
        """;

    private static readonly IReadOnlyList<Mention> Mentions = NumberGrammarTests.Extract(Report);

    private static Mention Find(string text) => Mentions.Single(m => m.Text == text);

    [Test]
    public void Sections_join_the_heading_path_and_a_new_top_level_heading_resets_the_sub_level()
    {
        Assert.That(Find("1.28亿元").Section, Is.EqualTo("一、2022年工作回顾 / (一)聚焦项目"));
        Assert.That(Find("6829.11万元").Section, Is.EqualTo("二、2023年工作计划"));
        Assert.That(Find("5个").Section, Is.EqualTo("三、全面加强政府自身建设"));
    }

    [Test]
    public void The_period_is_the_sentence_year_before_the_figure_else_the_section_year_else_unknown()
    {
        Assert.That(Find("1.28亿元").Period, Is.EqualTo(2022));
        Assert.That(Find("6.47万亩以上").Period, Is.EqualTo(2023));
        Assert.That(Find("5个").Period, Is.Null);
    }

    [Test]
    public void The_basis_follows_the_section_and_the_target_words_of_the_sentence()
    {
        Assert.That(Find("1.28亿元").Basis, Is.EqualTo(Basis.Actual));
        Assert.That(Find("9200万元").Basis, Is.EqualTo(Basis.Actual), "争取 in a review means secured");
        Assert.That(Find("6829.11万元").Basis, Is.EqualTo(Basis.Target));
        Assert.That(Find("5个").Basis, Is.EqualTo(Basis.Target), "计划 outside review and plan sections");
    }

    [Test]
    public void Subjects_drop_time_words_adverbs_and_verbs()
    {
        Assert.That(Find("1.28亿元").Subject, Is.EqualTo("固定资产投资"));
        Assert.That(Find("5016万吨").Subject, Is.EqualTo("粮食产量"));
        Assert.That(Find("6829.11万元").Subject, Is.EqualTo("一般公共预算收入"));
        Assert.That(Find("6728.14万元").Subject, Is.EqualTo("税收收入"));
        Assert.That(Find("6.47万亩以上").Subject, Is.EqualTo("粮食种植面积"));
    }

    [Test]
    public void Growth_and_share_link_to_the_nearest_level_of_their_sentence_and_take_its_subject()
    {
        Assert.That(Find("10.95%").LinkedTo, Is.EqualTo(Find("1.28亿元").Id));
        Assert.That(Find("1.4%").LinkedTo, Is.EqualTo(Find("6728.14万元").Id));
        Assert.That((Find("98.5%").Role, Find("98.5%").LinkedTo), Is.EqualTo((Role.Share, (int?)Find("6728.14万元").Id)));
        Assert.That(Find("3%").LinkedTo, Is.EqualTo(Find("6829.11万元").Id));
        Assert.That(Find("98.5%").Subject, Is.EqualTo("税收收入"));
    }

    [Test]
    public void A_fall_is_a_growth_with_negative_sign_and_no_level_to_link_in_its_sentence()
    {
        var fall = Find("2.5%");
        Assert.That((fall.Role, fall.Sign, fall.LinkedTo), Is.EqualTo((Role.Growth, -1, (int?)null)));
    }

    [Test]
    public void A_sentence_ends_at_its_punctuation_and_never_crosses_a_line_break()
    {
        var text = Report.Replace("\r\n", "\n");
        var rate = Find("10.95%");
        Assert.That(text[rate.Sentence.Start..rate.Sentence.End], Is.EqualTo("累计完成固定资产投资1.28亿元,同比增长10.95%;"));
        var secured = Find("9200万元");
        Assert.That(text[secured.Sentence.Start..secured.Sentence.End], Is.EqualTo("争取上级资金9200万元"));
    }

    [Test]
    public void Lists_with_分别_give_one_figure_per_item()
    {
        var livestock = NumberGrammarTests.Extract("生猪、肉牛、肉羊、禽类存栏量分别达到2.54万头、1.11万头、7.24万只、4.15万羽。");
        Assert.That(livestock.Select(m => (m.Text, m.Value)), Is.EqualTo(new[]
        {
            ("2.54万头", (decimal?)25400m), ("1.11万头", 11100m), ("7.24万只", 72400m), ("4.15万羽", 41500m),
        }));
        Assert.That(livestock.Select(m => m.Subject).Distinct(), Is.EqualTo(new[] { "生猪、肉牛、肉羊、禽类存栏量" }));

        var rates = NumberGrammarTests.Extract("垃圾清运率、卫生厕所普及率和污水处理率分别达到100%、95%和90%。");
        Assert.That(rates.Select(m => (m.Text, m.Role)), Is.EqualTo(new[] { ("100%", Role.Rate), ("95%", Role.Rate), ("90%", Role.Rate) }));
    }

    [TestCase("发放贷款217户6803.07万元", "217户", "6803.07万元")]
    [TestCase("选定项目用地4块1549.39亩", "4块", "1549.39亩")]
    [TestCase("认养土地800份80亩", "800份", "80亩")]
    [TestCase("接待学生100余批2万余人次", "100余批", "2万余人次")]
    [TestCase("新识别监测户13户26人", "13户", "26人")]
    public void Adjacent_figures_are_separate_and_share_their_subject(string input, string first, string second)
    {
        var mentions = NumberGrammarTests.Extract(input);
        Assert.That(mentions.Select(m => m.Text), Is.EqualTo(new[] { first, second }));
        Assert.That(mentions[1].Subject, Is.EqualTo(mentions[0].Subject));
    }

    [TestCase("服务业增加值占生产总值比重提高至52.4%。", "52.4%", Role.Share)]
    [TestCase("城镇化率由61.2%提高到63.5%。", "63.5%", Role.Rate)]
    [TestCase("综合能耗下降到0.42%。", "0.42%", Role.Level)]
    [TestCase("服务业增加值占生产总值比重提高2.4%。", "2.4%", Role.Growth)]
    public void A_change_word_followed_by_zhi_or_dao_names_the_level_reached_not_a_change(string text, string figure, Role role)
    {
        Assert.That(NumberGrammarTests.Extract(text).Single(m => m.Text == figure).Role, Is.EqualTo(role));
    }
}
