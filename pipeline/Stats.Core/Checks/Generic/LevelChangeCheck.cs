using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Two levels of one indicator in one statement: 由 A 增长到 B，增长 r% must agree, r = (B / A − 1) · 100 within the rounding
/// of all three; a rate in 倍 (增长 2 倍) is a growth of 200%, so B = 3A. A yearly average rate (年均增长) compounds over years the text must state, so it is left to a check that
/// reads them; a change stated as an amount (增加 X) is B − A.
/// </summary>
public sealed class LevelChangeCheck : IGenericCheck
{
    private static readonly string[] RiseWords = ["增长", "增加", "提高", "上升", "扩大"];
    private static readonly string[] FallWords = ["下降", "减少", "降低", "缩小"];

    private static readonly System.Text.RegularExpressions.Regex YearOfSecondLevel = new(@"[0-9]{4}年的?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public string Kind => CheckKind.Change.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        var figures = input.Figures;
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (from, to) = (figures[i], figures[i + 1]);
            if (!Breakdown.IsLevel(from) || !Breakdown.IsLevel(to) || from.Sentence != to.Sentence || from.Dimension != to.Dimension) continue;
            if (!OpensChange(input.WordsBefore(from.Span.Start)) || Direction(Between(text, from, to)) is not { } direction) continue;
            var rate = RateAfter(text, figures, i + 2, to);
            if (rate is null) continue;
            yield return Compare(input, from, to, rate, direction);
        }
    }

    private static string Between(string text, Mention from, Mention to) =>
        text[from.Span.End..to.Span.Start].Replace(" ", "", StringComparison.Ordinal);

    // 由 / 从, possibly with the year of the first level between: 由2020年的 A, 从 A.
    private static bool OpensChange(string wordsBefore) =>
        wordsBefore.EndsWith('由') || wordsBefore.EndsWith('从') ||
        ((wordsBefore.Contains('由') || wordsBefore.Contains('从')) && wordsBefore.EndsWith("的", StringComparison.Ordinal));

    /// <summary>
    /// +1 for 增长到 / 增加至, −1 for 下降到, null when the words between the two levels are not such a change; the year of
    /// the second level may stand between them (增长到2024年的 B).
    /// </summary>
    private static int? Direction(string between)
    {
        between = YearOfSecondLevel.Replace(between, "");
        if (between.Length > 8 || !(between.EndsWith('到') || between.EndsWith('至') || between.EndsWith("到了", StringComparison.Ordinal))) return null;
        if (RiseWords.Any(between.Contains)) return 1;
        if (FallWords.Any(between.Contains)) return -1;
        return null;
    }

    /// <summary>The percent stated right after the second level, in its sentence: 增长 r%, or null (年均 rates excluded).</summary>
    private static Mention? RateAfter(string text, IReadOnlyList<Mention> figures, int next, Mention to)
    {
        if (next >= figures.Count) return null;
        var rate = figures[next];
        if (!(rate.Kind == MentionKind.Percent || IsTimes(rate)) || rate.Sentence != to.Sentence || rate.Span.Start - to.Span.End > 12) return null;
        var words = text[to.Span.End..rate.Span.Start].Replace(" ", "", StringComparison.Ordinal);
        if (words.Contains("年均", StringComparison.Ordinal) || words.Contains("平均", StringComparison.Ordinal)) return null;
        return RiseWords.Any(words.Contains) || FallWords.Any(words.Contains) ? rate : null;
    }

    private static bool IsTimes(Mention rate) => rate.Kind == MentionKind.Number && rate.Unit == "倍";

    private Finding Compare(CheckInput input, Mention from, Mention to, Mention rate, int direction)
    {
        var evidence = new[] { from, to, rate };
        // 增长 N 倍 adds N times the first level: a growth of N · 100%.
        var stated = input.IntervalOf(rate) * rate.Sign * (IsTimes(rate) ? 100m : 1m);
        var finding = GenericFinding.About(Kind, evidence, "a change from one level to another agrees with its stated rate") with { Expected = stated };
        if (Interval.Divide(input.IntervalOf(to), input.IntervalOf(from)).Value is not { } ratio)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The first level {from.Text} may be zero, so the change to {to.Text} has no rate." };
        var implied = (ratio - 1m) * 100m;
        var holds = implied.Meets(stated);
        var word = direction > 0 ? "rise" : "fall";
        return finding.Judged(stated, implied, holds, "%") with
        {
            Message = $"The {word} from {from.Text} to {to.Text} is {to.Text} / {from.Text} - 1 = {IntervalText.Format(implied)}%, which {(holds ? "meets" : "misses")} the stated {rate.Text} = {IntervalText.Format(stated)}%.",
        };
    }
}
