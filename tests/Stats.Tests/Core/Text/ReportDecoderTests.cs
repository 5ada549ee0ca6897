using System.Text;
using Stats.Core.Text;

namespace Stats.Tests.Core.Text;

public class ReportDecoderTests
{
    private const string Sample = "一、2022年工作回顾\n累计完成固定资产投资1.28亿元，同比增长10.95%。";

    static ReportDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(new UTF8Encoding(false).GetBytes(Sample)).SetName("UTF-8 without BOM is read");
        yield return new TestCaseData(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray()).SetName("UTF-8 with BOM is read without the BOM");
        yield return new TestCaseData(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray()).SetName("UTF-16 LE with BOM is read");
        yield return new TestCaseData(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Sample)).ToArray()).SetName("UTF-16 BE with BOM is read");
        yield return new TestCaseData(Encoding.GetEncoding("GB18030").GetBytes(Sample)).SetName("GB18030 is read");
        yield return new TestCaseData(Encoding.GetEncoding("GBK").GetBytes(Sample)).SetName("GBK is read");
    }

    [TestCaseSource(nameof(Encodings))]
    public void Each_accepted_encoding_decodes_to_the_same_text(byte[] bytes)
    {
        Assert.That(ReportDecoder.Decode(bytes, "r.txt").Content, Is.EqualTo(Sample));
    }

    [Test]
    public void A_bad_input_message_names_the_file()
    {
        Assert.That(() => ReportDecoder.Decode([], "some/r.txt"),
            Throws.TypeOf<InputException>().With.Message.StartsWith("some/r.txt: "));
    }

    [Test]
    public void Positions_are_one_based_lines_and_columns()
    {
        var text = new ReportText("r", "ab\ncd\n");
        Assert.That(text.Position(0), Is.EqualTo((1, 1)));
        Assert.That(text.Position(4), Is.EqualTo((2, 2)));
        Assert.That(text.Position(6), Is.EqualTo((3, 1)));
    }
}
