using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A level with its change from the previous period in the same statement: X，比上年（同期 A）增加 D，增长 r%. The previous
/// level is X − D (it must meet A where A is printed) and the rate is D over the previous level. Growth at comparable prices
/// (GDP, value added) is not recomputed from nominal amounts.
/// </summary>
public sealed class IncrementCheck : IGenericCheck
{
    private static readonly string[] FallWords = ["减少", "减收", "减支", "下降", "降低", "减", "少"];
    private static readonly string[] RealGrowthWords = ["可比价", "不变价", "生产总值", "增加值", "GDP"];

    public string Kind => CheckKind.Increment.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        var figures = input.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var level = figures[i];
            if (!Breakdown.IsLevel(level) || !Breakdown.IsStatedLevel(input, level) || IsBudgetReference(text, level)) continue;
            Mention? previous = null, change = null, rate = null;
            var statement = new StatementScan(text, level.Span.End);
            var j = i + 1;
            for (; j < figures.Count && !statement.EndsBefore(figures[j].Span.Start); j++)
            {
                var m = figures[j];
                if (!Balanced(text, level.Span.End, m.Span.Start)) continue;
                var before = input.WordsBefore(m.Span.Start);
                if (m.Kind == MentionKind.Percent && m.Role != Role.Growth) continue;
                if (IsBudgetReference(text, m)) continue;
                if (!SameUnit(level, m)) break;
                if (previous is null && change is null && IsPreviousLevel(before)) { previous = m; continue; }
                if (StatementWords.IsChange(before)) change = m;
                break;
            }
            if (change is null) continue;
            if (j + 1 < figures.Count && figures[j + 1] is { Kind: MentionKind.Percent, Role: Role.Growth } r && !statement.EndsBefore(r.Span.Start) &&
                r.Span.Start - change.Span.End <= 8 && Balanced(text, change.Span.End, r.Span.Start))
                rate = r;
            if (previous is null && rate is null) continue;
            // Without 比上年 / 同比 the change may be against anything; a rate right after it says it is against the previous period.
            if (previous is null && !Compares(text[level.Span.End..change.Span.Start]) && !Adjacent(text, level, change)) continue;
            var sign = FallWords.Any(w => input.WordsBefore(change.Span.Start).EndsWith(w, StringComparison.Ordinal)) ? -1 : 1;
            var delta = input.IntervalOf(change) * sign;
            var now = input.IntervalOf(level);
            if (previous is not null)
                yield return JudgeDifference(input, level, previous, change, now, delta);
            if (rate is not null)
                yield return JudgeRate(input, level, previous, change, rate, now, delta, sign);
        }
    }

    private Finding JudgeDifference(CheckInput input, Mention level, Mention previous, Mention change, Interval now, Interval delta)
    {
        var difference = now - input.IntervalOf(previous);
        var holds = difference.Meets(delta);
        return GenericFinding.About(Kind, [level, previous, change], "a level less the previous level is the stated change")
            .Judged(delta, difference, holds, level.Unit) with
            {
                Message = $"{level.Text} - {previous.Text} = {IntervalText.Format(difference)} {level.Unit}, which {(holds ? "meets" : "misses")} the stated change {change.Text} = {IntervalText.Format(delta)} {level.Unit}.",
            };
    }

    private Finding JudgeRate(CheckInput input, Mention level, Mention? previous, Mention change, Mention rate, Interval now, Interval delta, int sign)
    {
        var stated = input.IntervalOf(rate) * rate.Sign;
        var evidence = previous is null ? new[] { level, change, rate } : [level, previous, change, rate];
        var finding = GenericFinding.About(Kind, evidence, "a change over the previous level is the stated rate") with { Expected = stated };
        var sentence = input.Report.Slice(level.Sentence);
        if (RealGrowthWords.Any(w => sentence.Contains(w, StringComparison.Ordinal) || level.Subject.Contains(w, StringComparison.Ordinal)))
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The rate {rate.Text} may be at comparable prices (按可比价格), which cannot be recomputed from the nominal change {change.Text}." };
        var baseLevel = previous is null ? now - delta : input.IntervalOf(previous);
        if (Interval.Divide(delta, baseLevel).Value is not { } quotient)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The previous level may be zero, so the change {change.Text} has no rate." };
        var implied = quotient * 100m;
        var holds = implied.Meets(stated);
        var over = previous is null ? $"({level.Text} {(sign > 0 ? "-" : "+")} {change.Text})" : previous.Text;
        return finding.Judged(stated, implied, holds, "%") with
        {
            Message = $"{(sign > 0 ? "" : "-")}{change.Text} / {over} = {IntervalText.Format(implied)}%, which {(holds ? "meets" : "misses")} the stated rate {rate.Text} = {IntervalText.Format(stated)}%.",
        };
    }

    private static bool SameUnit(Mention a, Mention b) =>
        b.Role == Role.Level && b.Kind == a.Kind && b.Unit == a.Unit && b.Dimension == a.Dimension && b.Value is not null;

    // 比上年同期 A, 上年同期为 A, 比2017年的 A: the previous period's level, stated between the level and its change.
    private static bool IsPreviousLevel(string before) =>
        !StatementWords.IsChange(before) &&
        (StatementWords.IsPreviousPeriod(before) || (before.Contains('比') && (before.Contains("上年", StringComparison.Ordinal) || before.Contains("同期", StringComparison.Ordinal) || before.Contains("去年", StringComparison.Ordinal))));

    // 收入 X，增加 D，增长 r%: the change is the level's very next clause.
    private static bool Adjacent(string text, Mention level, Mention change)
    {
        var between = text[level.Span.End..change.Span.Start];
        return between.Count(c => ClauseText.ClauseEnds.Contains(c)) == 1 && ClauseText.Before(text, change.Span.Start).Length <= 3;
    }

    // The change is against another period: 比上年, 同比, 比2017年, 较上年.
    private static bool Compares(string between) =>
        between.Contains('比') || between.Contains("较上年", StringComparison.Ordinal) || between.Contains("较去年", StringComparison.Ordinal);

    // 完成年初预算 B 的 p%: B is the budget the level is measured against, not a level of the statement.
    private static bool IsBudgetReference(string text, Mention m) =>
        m.Span.End < text.Length && text[m.Span.End] == '的' && ClauseText.Before(text, m.Span.Start).Contains("预算", StringComparison.Ordinal);

    /// <summary>
    /// Where the statement of a level ends: at a full stop or line end, or at a semicolon outside parentheses (a semicolon
    /// inside them only separates the items of a part's own breakdown: 余额 A（一般债务 B；专项债务 C），同比增加 D). The text is
    /// read only as far as asked, since most levels' statements are left at their next figure.
    /// </summary>
    private sealed class StatementScan(string text, int from)
    {
        private int position = from;
        private int depth;
        private int end = -1;

        public bool EndsBefore(int at)
        {
            for (; end < 0 && position < Math.Min(at, text.Length); position++)
            {
                var c = text[position];
                if (c is '（' or '(') depth++;
                else if (c is '）' or ')') depth = Math.Max(0, depth - 1);
                else if (ClauseText.SentenceEnds.IndexOf(c) >= 0 || (depth == 0 && c is '；' or ';')) end = position;
            }
            return end >= 0 && end < at;
        }
    }

    /// <summary>Whether the text between two figures opens and closes its parentheses, so both stand at the same depth.</summary>
    private static bool Balanced(string text, int from, int to)
    {
        var depth = 0;
        for (var k = from; k < to; k++)
        {
            if (text[k] is '（' or '(') depth++;
            else if (text[k] is '）' or ')' && --depth < 0) return false;
        }
        return depth == 0;
    }
}
