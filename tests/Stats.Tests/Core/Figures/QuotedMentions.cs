using System.Globalization;
using System.Text.RegularExpressions;
using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Tests.Core.Figures;

/// <summary>
/// Hand-made mentions for tests while the extractor is a stub: every simple figure of a text (a number with 万/亿, a unit
/// among 元 吨 公顷 亩 % and an optional 以上/余), at its real span, with its sentence cut at 。！？; and newlines.
/// </summary>
public static partial class QuotedMentions
{
    public static IReadOnlyList<Mention> Find(ReportText report)
    {
        var mentions = new List<Mention>();
        foreach (Match m in FigurePattern().Matches(report.Content))
        {
            mentions.Add(Make(mentions.Count + 1, report.Content, m.Index, m.Value,
                m.Groups["number"].Value, m.Groups["multiplier"].Value, m.Groups["unit"].Value, m.Groups["qualifier"].Value));
        }
        return mentions;
    }

    /// <summary>A mention of <paramref name="text"/> placed at offset <paramref name="start"/> of <paramref name="content"/>.</summary>
    public static Mention Make(int id, string content, int start, string text, string number, string multiplier, string unit, string qualifier)
    {
        var factor = multiplier switch { "万" => 10_000m, "亿" => 100_000_000m, "" => 1m, _ => throw new ArgumentException(multiplier) };
        var numeral = decimal.Parse(number, CultureInfo.InvariantCulture);
        var point = number.IndexOf('.', StringComparison.Ordinal);
        var (kind, dimension) = unit switch
        {
            "元" => (MentionKind.Amount, Dimension.Money),
            "吨" => (MentionKind.Quantity, Dimension.Mass),
            "公顷" or "亩" => (MentionKind.Quantity, Dimension.Area),
            "%" => (MentionKind.Percent, Dimension.Percent),
            _ => (MentionKind.Number, Dimension.None),
        };
        var sentenceStart = content.LastIndexOfAny(Stops, Math.Max(0, start - 1)) + 1;
        var sentenceEnd = content.IndexOfAny(Stops, start + text.Length);
        return new Mention
        {
            Id = id,
            Span = new TextSpan(start, start + text.Length),
            Text = text,
            Kind = kind,
            Value = numeral * factor,
            Number = number,
            Unit = unit,
            Multiplier = factor,
            Dimension = dimension,
            Qualifier = qualifier,
            Decimals = point < 0 ? 0 : number.Length - point - 1,
            Role = kind == MentionKind.Percent ? Role.Growth : Role.Level,
            Sentence = new TextSpan(sentenceStart, sentenceEnd < 0 ? content.Length : sentenceEnd + 1),
        };
    }

    private static readonly char[] Stops = ['。', '！', '？', '!', '?', '\n'];

    [GeneratedRegex(@"(?<![\d.])(?<number>\d+(?:\.\d+)?)(?<multiplier>万|亿)?(?<unit>元|吨|公顷|亩|%)(?<qualifier>以上|余)?")]
    private static partial Regex FigurePattern();
}
