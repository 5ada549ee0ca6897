using System.Globalization;
using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Tests.Core.Extraction;

/// <summary>The number grammar, case by case: numerals, multipliers, units, qualifiers and the texts that are not figures.</summary>
public sealed class NumberGrammarTests
{
    /// <summary>Input snippet, then the expected mention: text, kind, value ("" for none), unit, multiplier, qualifier, decimals.</summary>
    private static readonly object[][] Figures =
    [
        // Arabic numerals, separators, full-width forms, decimal points, spaces.
        ["完成投资1,234.5万元", "1,234.5万元", MentionKind.Amount, "12345000", "元", "10000", "", 1],
        ["总额12,345,678元", "12,345,678元", MentionKind.Amount, "12345678", "元", "1", "", 0],
        ["增长１２３．５％", "１２３．５％", MentionKind.Percent, "123.5", "%", "1", "", 1],
        ["收入１，２３４万元", "１，２３４万元", MentionKind.Amount, "12340000", "元", "10000", "", 0],
        ["共有3，500个", "3，500个", MentionKind.Count, "3500", "个", "1", "", 0],
        ["编号分别为3，456，20个", "20个", MentionKind.Count, "20", "个", "1", "", 0],
        ["增长1·8%", "1·8%", MentionKind.Percent, "1.8", "%", "1", "", 1],
        ["占比98.5 %", "98.5 %", MentionKind.Percent, "98.5", "%", "1", "", 1],
        ["投入100 万元", "100 万元", MentionKind.Amount, "1000000", "元", "10000", "", 0],
        ["增长２．５%", "２．５%", MentionKind.Percent, "2.5", "%", "1", "", 1],
        ["共计1234", "1234", MentionKind.Number, "1234", "", "1", "", 0],
        ["数值1,234.5", "1,234.5", MentionKind.Number, "1234.5", "", "1", "", 1],
        // A page's text layer may space a thousands group off; it is read on only into a unit.
        ["支出完成3, 156,077万元", "3, 156,077万元", MentionKind.Amount, "31560770000", "元", "10000", "", 0],
        ["收入总计3,594, 026万元", "3,594, 026万元", MentionKind.Amount, "35940260000", "元", "10000", "", 0],
        ["数量1.2万", "1.2万", MentionKind.Number, "12000", "", "10000", "", 1],
        // Multipliers.
        ["投资1.28亿元", "1.28亿元", MentionKind.Amount, "128000000", "元", "100000000", "", 2],
        ["存栏2.54万头", "2.54万头", MentionKind.Count, "25400", "头", "10000", "", 2],
        ["产量5016万吨", "5016万吨", MentionKind.Quantity, "50160000", "吨", "10000", "", 0],
        ["投资3千万元", "3千万元", MentionKind.Amount, "30000000", "元", "10000000", "", 0],
        ["投资2百万元", "2百万元", MentionKind.Amount, "2000000", "元", "1000000", "", 0],
        ["规模1.5万亿元", "1.5万亿元", MentionKind.Amount, "1500000000000", "元", "1000000000000", "", 1],
        ["补助3千元", "3千元", MentionKind.Amount, "3000", "元", "1000", "", 0],
        ["面积6.47万亩", "6.47万亩", MentionKind.Quantity, "64700", "亩", "10000", "", 2],
        ["管网2.5万米", "2.5万米", MentionKind.Quantity, "25000", "米", "10000", "", 1],
        ["绿化1.3万平方米", "1.3万平方米", MentionKind.Quantity, "13000", "平方米", "10000", "", 1],
        ["接种53.85万头次", "53.85万头次", MentionKind.Count, "538500", "头次", "10000", "", 2],
        ["兑换1.6万分", "1.6万分", MentionKind.Count, "16000", "分", "10000", "", 1],
        ["服务5万人", "5万人", MentionKind.Count, "50000", "人", "10000", "", 0],
        // Units win over multipliers and shorter units.
        ["重5千克", "5千克", MentionKind.Quantity, "5", "千克", "1", "", 0],
        ["长12千米", "12千米", MentionKind.Quantity, "12", "千米", "1", "", 0],
        ["面积12平方公里", "12平方公里", MentionKind.Quantity, "12", "平方公里", "1", "", 0],
        ["接待38人次", "38人次", MentionKind.Count, "38", "人次", "1", "", 0],
        ["检测130批次", "130批次", MentionKind.Count, "130", "批次", "1", "", 0],
        ["提高3.5个百分点", "3.5个百分点", MentionKind.PercentagePoints, "3.5", "个百分点", "1", "", 1],
        ["下降2百分点", "2百分点", MentionKind.PercentagePoints, "2", "个百分点", "1", "", 0],
        // Qualifiers before, inside and after.
        ["收入2000余万元", "2000余万元", MentionKind.Amount, "20000000", "元", "10000", "余", 0],
        ["游客38万余人次", "38万余人次", MentionKind.Count, "380000", "人次", "10000", "余", 0],
        ["学生2万余人次", "2万余人次", MentionKind.Count, "20000", "人次", "10000", "余", 0],
        ["接待100余批", "100余批", MentionKind.Count, "100", "批", "1", "余", 0],
        ["勘察30余次", "30余次", MentionKind.Count, "30", "次", "1", "余", 0],
        ["收入30多万元", "30多万元", MentionKind.Amount, "300000", "元", "10000", "多", 0],
        ["垃圾2300余吨", "2300余吨", MentionKind.Quantity, "2300", "吨", "1", "余", 0],
        ["收入达到50万元以上", "50万元以上", MentionKind.Amount, "500000", "元", "10000", "以上", 0],
        ["增长10%以上", "10%以上", MentionKind.Percent, "10", "%", "1", "以上", 0],
        ["面积6.47万亩以上", "6.47万亩以上", MentionKind.Quantity, "64700", "亩", "10000", "以上", 2],
        ["管线3公里左右", "3公里左右", MentionKind.Quantity, "3", "公里", "1", "左右", 0],
        ["控制在5%以下", "5%以下", MentionKind.Percent, "5", "%", "1", "以下", 0],
        ["收入约30万元", "约30万元", MentionKind.Amount, "300000", "元", "10000", "约", 0],
        ["收入均超过20万元", "超过20万元", MentionKind.Amount, "200000", "元", "10000", "超过", 0],
        ["收入均突破25万元", "突破25万元", MentionKind.Amount, "250000", "元", "10000", "突破", 0],
        ["占比不足5%", "不足5%", MentionKind.Percent, "5", "%", "1", "不足", 0],
        ["实现至少2个厂房投产", "至少2个", MentionKind.Count, "2", "个", "1", "至少", 0],
        ["参与逾3000人", "逾3000人", MentionKind.Count, "3000", "人", "1", "逾", 0],
        ["覆盖近乎100%", "近乎100%", MentionKind.Percent, "100", "%", "1", "近乎", 0],
        ["约 20 万元左右", "约 20 万元左右", MentionKind.Amount, "200000", "元", "10000", "约左右", 0],
        // Chinese numerals with a classifier.
        ["服务群众近万人次", "近万人次", MentionKind.Count, "10000", "人次", "10000", "近", 0],
        ["建成十余个", "十余个", MentionKind.Count, "10", "个", "1", "余", 0],
        ["培育两个", "两个", MentionKind.Count, "2", "个", "1", "", 0],
        ["吸引三十多家企业", "三十多家", MentionKind.Count, "30", "家", "1", "多", 0],
        ["帮扶一百零五户", "一百零五户", MentionKind.Count, "105", "户", "1", "", 0],
        ["投入三百万元", "三百万元", MentionKind.Amount, "3000000", "元", "10000", "", 0],
        ["吸引近百家企业", "近百家", MentionKind.Count, "100", "家", "100", "近", 0],
        ["培训千余人", "千余人", MentionKind.Count, "1000", "人", "1000", "余", 0],
        ["服务一万人", "一万人", MentionKind.Count, "10000", "人", "10000", "", 0],
        ["修路两公里", "两公里", MentionKind.Quantity, "2", "公里", "1", "", 0],
        ["重五千克", "五千克", MentionKind.Quantity, "5", "千克", "1", "", 0],
        ["奖励十万元", "十万元", MentionKind.Amount, "100000", "元", "10000", "", 0],
        ["整合两类主体", "两类", MentionKind.Count, "2", "类", "1", "", 0],
        ["开展三次", "三次", MentionKind.Count, "3", "次", "1", "", 0],
        ["下降百分之十", "百分之十", MentionKind.Percent, "10", "%", "1", "", 0],
        ["低于千分之五", "千分之五", MentionKind.PerMille, "5", "‰", "1", "", 0],
        // Every unit family.
        ["出生率5‰", "5‰", MentionKind.PerMille, "5", "‰", "1", "", 0],
        ["比例18.0:48.6:33.4", "18.0:48.6:33.4", MentionKind.Ratio, "", "", "1", "", 1],
        ["按1:10配套", "1:10", MentionKind.Ratio, "", "", "1", "", 0],
        ["男女比例为3:2", "3:2", MentionKind.Ratio, "", "", "1", "", 0],
        ["总面积41779.9公顷", "41779.9公顷", MentionKind.Quantity, "41779.9", "公顷", "1", "", 1],
        ["铺设1.5公里", "1.5公里", MentionKind.Quantity, "1.5", "公里", "1", "", 1],
        ["围栏7米", "7米", MentionKind.Quantity, "7", "米", "1", "", 0],
        ["收购30公斤", "30公斤", MentionKind.Quantity, "30", "公斤", "1", "", 0],
        ["收购500斤", "500斤", MentionKind.Quantity, "500", "斤", "1", "", 0],
        ["含量20克", "20克", MentionKind.Quantity, "20", "克", "1", "", 0],
        ["蓄水3立方米", "3立方米", MentionKind.Quantity, "3", "立方米", "1", "", 0],
        ["认养80亩", "80亩", MentionKind.Quantity, "80", "亩", "1", "", 0],
        ["拆除1200平方米", "1200平方米", MentionKind.Quantity, "1200", "平方米", "1", "", 0],
        ["监测户13户", "13户", MentionKind.Count, "13", "户", "1", "", 0],
        ["用地4块", "4块", MentionKind.Count, "4", "块", "1", "", 0],
        ["认养800份", "800份", MentionKind.Count, "800", "份", "1", "", 0],
        ["案件5起", "5起", MentionKind.Count, "5", "起", "1", "", 0],
        ["检测15轮", "15轮", MentionKind.Count, "15", "轮", "1", "", 0],
        ["服务队95支", "95支", MentionKind.Count, "95", "支", "1", "", 0],
        ["变压器3台", "3台", MentionKind.Count, "3", "台", "1", "", 0],
        ["卫生间4座", "4座", MentionKind.Count, "4", "座", "1", "", 0],
        ["任务1820条", "1820条", MentionKind.Count, "1820", "条", "1", "", 0],
        ["工单307件", "307件", MentionKind.Count, "307", "件", "1", "", 0],
        ["问题143项", "143项", MentionKind.Count, "143", "项", "1", "", 0],
        ["肉羊7.24万只", "7.24万只", MentionKind.Count, "72400", "只", "10000", "", 2],
        ["禽类4.15万羽", "4.15万羽", MentionKind.Count, "41500", "羽", "10000", "", 2],
        ["疫苗18684剂次", "18684剂次", MentionKind.Count, "18684", "剂次", "1", "", 0],
        ["电影129场次", "129场次", MentionKind.Count, "129", "场次", "1", "", 0],
        ["学校6所", "6所", MentionKind.Count, "6", "所", "1", "", 0],
        ["教师20名", "20名", MentionKind.Count, "20", "名", "1", "", 0],
        ["企业22家", "22家", MentionKind.Count, "22", "家", "1", "", 0],
        ["图斑45处", "45处", MentionKind.Count, "45", "处", "1", "", 0],
        ["周期3个月", "3个月", MentionKind.Count, "3", "个月", "1", "", 0],
    ];

    /// <summary>Input snippet, the text of a mention in it and the non-figure kind it must have.</summary>
    private static readonly object[][] NonFigures =
    [
        ["力争2022年完成", "2022年", MentionKind.Year],
        ["尽快完成2023年度反馈", "2023年度", MentionKind.Year],
        ["“十四五”期间2021-2025年", "2021-2025年", MentionKind.Year],
        ["(2023年4月20日)", "2023年4月20日", MentionKind.Date],
        ["发布时间:2023-04-22 16:44:00", "2023-04-22", MentionKind.Date],
        ["发布时间:2023-04-22 16:44:00", "16:44:00", MentionKind.Time],
        ["可于5月底前实现", "5月底", MentionKind.Date],
        ["会议于12:30召开", "12:30", MentionKind.Time],
        ["力争到2023年底", "2023年底", MentionKind.Date],
        ["电话:0477-8582238", "0477-8582238", MentionKind.Identifier],
        ["蒙ICP备12002112号", "蒙ICP备12002112号", MentionKind.Identifier],
        ["蒙公网安备 15062702000137号", "蒙公网安备 15062702000137号", MentionKind.Identifier],
        ["政府网站标识码:1506270014", "1506270014", MentionKind.Identifier],
        ["邮箱:yjhlqzwgkbgs@163.com", "yjhlqzwgkbgs@163.com", MentionKind.Identifier],
        ["网址http://www.example.gov.cn/2023/1.html", "http://www.example.gov.cn/2023/1.html", MentionKind.Identifier],
        ["接续推进“1043”工作法", "“1043”", MentionKind.Name],
        ["奋进“十四五”", "“十四五”", MentionKind.Name],
        ["实施十四五规划", "十四五", MentionKind.Name],
        ["党的二十大精神", "二十大", MentionKind.Name],
        ["持续做好“八五”普法", "“八五”", MentionKind.Name],
        ["开展“三个一批”创建", "“三个一批”", MentionKind.Name],
        ["推动“五个大起底”专项行动", "“五个大起底”", MentionKind.Name],
        ["以“三区三业”模式", "“三区三业”", MentionKind.Name],
        ["制定《2023年工作方案》", "《2023年工作方案》", MentionKind.Name],
        ["贯彻中央八项规定", "八项规定", MentionKind.Name],
        ["以三区三业模式", "三区三业", MentionKind.Name],
        ["推进一村一品", "一村一品", MentionKind.Name],
        ["第四届人民代表大会", "第四届", MentionKind.Ordinal],
        ["第三次会议", "第三次", MentionKind.Ordinal],
        ["对标第九版防控方案", "第九版", MentionKind.Ordinal],
        ["争创全市第七批示范单位", "第七批", MentionKind.Ordinal],
        ["一是聚力全域旅游", "一是", MentionKind.Ordinal],
        ["一、2022年工作回顾", "一、", MentionKind.Ordinal],
        ["(一)聚焦项目增动能", "(一)", MentionKind.Ordinal],
        ["5G基站建设", "5G", MentionKind.Name],
        ["其中60周岁以上人群接种", "60周岁以上", MentionKind.Threshold],
    ];

    private static IEnumerable<TestCaseData> FigureCases() =>
        Figures.Select(f => new TestCaseData(f).SetArgDisplayNames((string)f[0]));

    private static IEnumerable<TestCaseData> NonFigureCases() =>
        NonFigures.Select(f => new TestCaseData(f).SetArgDisplayNames((string)f[0], (string)f[1]));

    [TestCaseSource(nameof(FigureCases))]
    public void A_figure_is_read_with_its_kind_value_unit_multiplier_qualifier_and_decimals(
        string input, string text, MentionKind kind, string value, string unit, string multiplier, string qualifier, int decimals)
    {
        var figure = SingleMention(input, text);
        Assert.That(figure.Kind, Is.EqualTo(kind));
        Assert.That(figure.Value, Is.EqualTo(value.Length == 0 ? null : decimal.Parse(value, CultureInfo.InvariantCulture)));
        Assert.That(figure.Unit, Is.EqualTo(unit));
        Assert.That(figure.Multiplier, Is.EqualTo(decimal.Parse(multiplier, CultureInfo.InvariantCulture)));
        Assert.That(figure.Qualifier, Is.EqualTo(qualifier));
        Assert.That(figure.Decimals, Is.EqualTo(decimals));
    }

    [TestCaseSource(nameof(NonFigureCases))]
    public void A_number_bearing_text_that_is_not_a_figure_gets_its_own_kind_and_no_value(string input, string text, MentionKind kind)
    {
        var mention = SingleMention(input, text);
        Assert.That(mention.Kind, Is.EqualTo(kind));
        Assert.That(mention.IsFigure, Is.False);
        Assert.That(mention.Value, Is.Null);
    }

    [TestCase("一年来,我们坚持")]
    [TestCase("全面启用预算一体化系统")]
    [TestCase("一事一议项目")]
    [TestCase("第一时间享受政策红利")]
    [TestCase("做到立说立行、一抓到底")]
    [TestCase("一路承压、一路拼搏")]
    [TestCase("任务十分艰巨")]
    [TestCase("统筹规划一批新型优质项目")]
    [TestCase("及时发现一户、精准帮扶一户、动态清零一户")]
    [TestCase("聚焦三农工作和四社电力")]
    [TestCase("走进千家万户")]
    [TestCase("三分之一的村")]
    public void Numerals_in_idioms_and_the_article_一_are_not_mentions(string input)
    {
        Assert.That(Extract(input).Select(m => m.Text), Is.Empty);
    }

    [Test]
    public void A_numeral_beyond_decimals_range_in_a_table_with_a_header_unit_is_read_without_a_value()
    {
        var mentions = Extract("单位：万元\n| 项目 | 金额 |\n| 收入 | 99999999999999999999999999999999 |\n");
        Assert.That(mentions.Where(m => m.Text.StartsWith("9999", StringComparison.Ordinal)).Select(m => m.Value), Has.All.Null);
    }

    [Test]
    public void A_spaced_comma_in_a_list_does_not_join_numbers()
    {
        var texts = Extract("第3, 456号和第7, 890号").Select(m => m.Text);
        Assert.That(texts, Has.None.EqualTo("3, 456"));
    }

    [Test]
    public void A_full_width_comma_in_a_list_does_not_join_numbers()
    {
        var texts = Extract("编号分别为3，456，20个").Select(m => m.Text);
        Assert.That(texts, Is.EqualTo(new[] { "3", "456", "20个" }));
    }

    [Test]
    public void The_numeral_of_a_bare_multiplier_is_the_multiplier_word()
    {
        Assert.That(SingleMention("服务群众近万人次", "近万人次").Number, Is.EqualTo("万"));
        Assert.That(SingleMention("投资1.28亿元", "1.28亿元").Number, Is.EqualTo("1.28"));
        Assert.That(SingleMention("增长１２３．５％", "１２３．５％").Number, Is.EqualTo("123.5"));
    }

    internal static IReadOnlyList<Mention> Extract(string input) => new Extractor().Extract(new ReportText("snippet", input));

    private static Mention SingleMention(string input, string text)
    {
        var mentions = Extract(input);
        var found = mentions.Where(m => m.Text == text).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"one '{text}' among: {string.Join(" | ", mentions.Select(m => m.Text))}");
        return found[0];
    }
}
