using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Stats.Core.Checks;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Text;

namespace Stats.Tests.Core.Checks;

/// <summary>
/// Extraction and the generic checks over 10,000 mutated reports and 5,000 corrupted encodings: no exception escapes (a check that throws
/// shows up as an "auto" finding with status error, so those count as failures too) and every mention's offsets are exact.
/// </summary>
public sealed class PipelineFuzzTests
{
    private static readonly string[] Sentences = File.ReadAllText(Path.Combine(Repository.Root, "data", "reports", "ejin-horo-town-2023", "report.txt"))
        .Split(['。', '！', '？', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(s => s.Any(char.IsAsciiDigit))
        .ToArray();

    private static readonly string[] Units = ["元", "万元", "亿元", "吨", "万吨", "亩", "万亩", "公顷", "千克", "公斤", "户", "人", "个", "%", "％", "‰", "个百分点", "倍", "平方米", "公里", ""];

    private static readonly string[] Qualifiers = ["余", "多", "近", "约", "以上", "以下", "左右", "超过", "突破", "不足", "至少", "同比增长", "下降", "占", "其中", "合计", "共", ""];

    private static readonly string[] Punctuation = ["。", "，", "、", "；", "：", ".", ",", "．", "·", "-", "—", "（", "）", "(", ")", "“", "”", "\n", " ", "\u3000", ""];

    private static readonly Encoding[] Encodings = Encodings_();

    private static Encoding[] Encodings_()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return [new UTF8Encoding(true), Encoding.GetEncoding("GB18030"), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true)];
    }

    /// <summary>One edit of a report-like text: a digit, unit, qualifier or punctuation mark changed, inserted or removed.</summary>
    private static Gen<Func<string, string>> Mutation =>
        Gen.OneOf(
            from d in Gen.Choose(0, 9) from at in Gen.Choose(0, 10_000)
            select (Func<string, string>)(s => Replace(s, at, c => char.IsAsciiDigit(c), ((char)('0' + d)).ToString())),
            from u in Gen.Elements(Units) from at in Gen.Choose(0, 10_000)
            select (Func<string, string>)(s => Insert(s, at, u)),
            from q in Gen.Elements(Qualifiers) from at in Gen.Choose(0, 10_000)
            select (Func<string, string>)(s => Insert(s, at, q)),
            from p in Gen.Elements(Punctuation) from at in Gen.Choose(0, 10_000)
            select (Func<string, string>)(s => Replace(s, at, c => char.IsPunctuation(c) || char.IsWhiteSpace(c), p)),
            from at in Gen.Choose(0, 10_000) from length in Gen.Choose(1, 6)
            select (Func<string, string>)(s => s.Length == 0 ? s : s.Remove(at % s.Length, Math.Min(length, s.Length - at % s.Length))),
            from c in Gen.Choose(0, 0xFFFF) from at in Gen.Choose(0, 10_000)
            select (Func<string, string>)(s => Insert(s, at, ((char)c).ToString())));

    private static string Insert(string s, int at, string piece) => s.Insert(s.Length == 0 ? 0 : at % (s.Length + 1), piece);

    // Replaces the first character at or after a position that matches, so edits land on digits or punctuation.
    private static string Replace(string s, int at, Func<char, bool> matches, string piece)
    {
        if (s.Length == 0) return piece;
        for (var i = 0; i < s.Length; i++)
        {
            var index = (at + i) % s.Length;
            if (matches(s[index])) return s[..index] + piece + s[(index + 1)..];
        }
        return s;
    }

    private static readonly Gen<string> MutatedReport =
        from count in Gen.Choose(1, 4)
        from sentences in Gen.Elements(Sentences).ArrayOf(count)
        from mutations in Mutation.ListOf()
        select mutations.Take(12).Aggregate(string.Join("。", sentences) + "。", (text, mutate) => mutate(text));

    /// <summary>A report's text, or random bytes, encoded, then corrupted byte by byte: decoding may refuse it, nothing else.</summary>
    private static readonly Gen<byte[]> ReportBytes =
        from text in MutatedReport
        from encoding in Gen.Elements(Encodings)
        from random in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()
        from useRandom in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from flips in Gen.Two(Gen.Choose(0, 100_000)).ListOf()
        select Corrupt(useRandom ? [.. encoding.GetPreamble(), .. random] : [.. encoding.GetPreamble(), .. encoding.GetBytes(text)], flips.Take(4));

    private static byte[] Corrupt(byte[] bytes, IEnumerable<(int At, int Value)> flips)
    {
        foreach (var (at, value) in flips.Where(_ => bytes.Length > 0)) bytes[at % bytes.Length] = (byte)value;
        return bytes;
    }

    private static bool ExtractsAndChecksCleanly(ReportText report)
    {
        var text = report.Content;
        var mentions = new Extractor().Extract(report);
        var findings = new Checker(report, mentions, CheckedText.GenericChecks).Check();
        var ids = mentions.Select(m => m.Id).ToHashSet();
        return mentions.All(m => m.Span.End <= text.Length && m.Text == text[m.Span.Start..m.Span.End])
            && findings.All(f => !(f.Status == CheckStatus.Error && f.Origin.IsGeneric))
            && findings.All(f => f.Mentions.All(ids.Contains));
    }

    [Test]
    public void Extract_and_check_survive_ten_thousand_mutated_reports_and_keep_exact_offsets()
    {
        var property = Prop.ForAll(MutatedReport.ToArbitrary(), text => ExtractsAndChecksCleanly(new ReportText("mutated", text)));
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(10_000).WithEndSize(40), property);
    }

    [Test]
    public void Random_and_corrupted_bytes_in_every_accepted_encoding_are_decoded_or_refused_never_crash()
    {
        var property = Prop.ForAll(ReportBytes.ToArbitrary(), bytes =>
        {
            ReportText report;
            try
            {
                report = ReportDecoder.Decode(bytes, "fuzzed.txt");
            }
            catch (InputException e)
            {
                return e.Message.StartsWith("fuzzed.txt: ", StringComparison.Ordinal) && !e.Message.Contains('\n');
            }
            return ExtractsAndChecksCleanly(report);
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(5_000).WithEndSize(40), property);
    }
}
