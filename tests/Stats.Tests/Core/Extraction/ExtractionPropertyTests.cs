using FsCheck;
using FsCheck.Fluent;
using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Tests.Core.Extraction;

/// <summary>Invariants that hold for every input: no exception, exact spans, disjoint sorted mentions, ids 1..n.</summary>
public sealed class ExtractionPropertyTests
{
    private static readonly string[] Fragments =
    [
        "0", "1", "2", "9", "12", "2022", "2023", "1,234", "1，234", "１２３", "．", ".", "·", ",", "，", "、", "。", "；", ":", "：",
        "一", "两", "三", "十", "百", "千", "万", "亿", "零", "〇", "第", "是",
        "元", "万元", "亿元", "吨", "亩", "公顷", "平方", "米", "公里", "千克", "户", "人", "人次", "个", "批", "批次", "次",
        "%", "％", "‰", "个百分点", "百分之", "分之", "余", "多", "近", "约", "以上", "以下", "左右", "超过", "突破", "不足", "至少",
        "年", "年度", "月", "日", "底", "-", "—", "号", "ICP备", "公网安备", "@", "www.", "\n", "\r\n", " ", "\u3000",
        "“", "”", "《", "》", "(", ")", "（", "）", "一、", "(一)", "工作回顾", "工作计划", "力争", "同比增长", "下降", "占比", "率",
        "?", "!", "http://a.cn/x?id=1", "\uD800", "\uDC00", "\0", "A", "G", "99999999999999999999999999999999",
    ];

    private static readonly Gen<string> ReportLike =
        Gen.Frequency(
                (6, Gen.Elements(Fragments)),
                (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .ListOf()
            .Select(parts => string.Concat(parts));

    [Test]
    public void Extraction_never_throws_and_its_mentions_are_exact_disjoint_and_numbered()
    {
        var property = Prop.ForAll(ReportLike.ToArbitrary(), text =>
        {
            var mentions = new Extractor().Extract(new ReportText("generated", text));
            return mentions.Select((m, i) => m.Id == i + 1).All(ok => ok)
                && mentions.All(m => m.Span.End <= text.Length && m.Text == text[m.Span.Start..m.Span.End] && m.Span.Length > 0)
                && mentions.Zip(mentions.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start)
                && mentions.All(m => m.IsFigure || m.Value is null)
                && mentions.All(m => m.Sentence.Contains(m.Span));
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(2000).WithEndSize(200), property);
    }

    [TestCase("")]
    [TestCase("\uD800\uD800 12%\uDFFF")]
    [TestCase("99999999999999999999999999999999999999万亿元")]
    [TestCase("79228162514264337593543950335亿元")]
    [TestCase("1,234，567．8·9%以上以上")]
    [TestCase("第")]
    [TestCase("近")]
    [TestCase("百分之")]
    [TestCase("“")]
    [TestCase("9999:")]
    [TestCase("十十十十十十十十十十十十十十十十十十十十万亿亿亿个")]
    public void Extraction_survives_hostile_input(string text)
    {
        var mentions = new Extractor().Extract(new ReportText("hostile", text));
        Assert.That(mentions.All(m => m.Text == text[m.Span.Start..m.Span.End]), Is.True);
    }

    [Test]
    public void A_number_beyond_decimal_range_is_a_plain_number_without_value()
    {
        var mention = NumberGrammarTests.Extract("规模99999999999999999999999999999999万亿元").Single();
        Assert.That((mention.Kind, mention.Value), Is.EqualTo((MentionKind.Number, (decimal?)null)));
    }

    [Test]
    public void Binary_junk_is_survived()
    {
        var random = new Random(20230422);
        var chars = new char[100_000];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
        Assert.That(() => new Extractor().Extract(new ReportText("junk", new string(chars))), Throws.Nothing);
    }
}
