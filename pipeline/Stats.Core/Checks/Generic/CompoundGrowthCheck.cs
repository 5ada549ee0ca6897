using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A yearly average rate between two dated levels: 从2020年的 A 增长到2024年的 B，年均增长 r%. Over n = 2024 − 2020 years,
/// (1 + r)^n must meet B / A within the rounding of the three figures; the power is taken over intervals by repeated
/// multiplication, so no root is rounded.
/// </summary>
public sealed class CompoundGrowthCheck : IGenericCheck
{
    private const int MaxYears = 30;

    // GDP and value added grow at comparable prices by convention: their average rate is not the nominal levels' rate.
    private static readonly string[] RealGrowthWords = ["可比价", "不变价", "生产总值", "增加值", "GDP"];

    public string Kind => CheckKind.Compound.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        var years = input.Mentions.Where(m => m.Kind == MentionKind.Year && m.Period is not null).ToList();
        var figures = input.Figures;
        var y = 0;
        for (var i = 0; i + 2 < figures.Count; i++)
        {
            var (from, to, rate) = (figures[i], figures[i + 1], figures[i + 2]);
            if (!Breakdown.IsLevel(from) || !Breakdown.IsLevel(to) || from.Unit != to.Unit || from.Dimension != to.Dimension) continue;
            if (rate.Kind != MentionKind.Percent || rate.Sentence != from.Sentence || to.Sentence != from.Sentence) continue;
            var before = input.WordsBefore(from.Span.Start);
            if (!(before.Contains('从') || before.Contains('由'))) continue;
            var between = text[to.Span.End..rate.Span.Start].Replace(" ", "", StringComparison.Ordinal);
            if (!between.Contains("年均", StringComparison.Ordinal) || between.Length > 12) continue;
            while (y < years.Count && years[y].Span.End <= from.Span.Start - 8) y++;
            var first = YearRightBefore(years, y, from);
            var last = YearRightBefore(years, y, to);
            if (first is null || last is null || last.Period - first.Period is not (> 0 and <= MaxYears)) continue;
            yield return Judge(input, (first, from), (last, to), rate);
        }
    }

    // 从2020年的 A: a year mention ending within a few characters before the level.
    private static Mention? YearRightBefore(IReadOnlyList<Mention> years, int from, Mention level)
    {
        for (var k = from; k < years.Count && years[k].Span.Start < level.Span.Start; k++)
            if (years[k].Span.End <= level.Span.Start && level.Span.Start - years[k].Span.End <= 4) return years[k];
        return null;
    }

    /// <summary>The finding names the two years too, so that diagnosis can try a misprinted year (a wrong span).</summary>
    private Finding Judge(CheckInput input, (Mention Year, Mention Level) start, (Mention Year, Mention Level) end, Mention rate)
    {
        var (from, to) = (start.Level, end.Level);
        var years = end.Year.Period!.Value - start.Year.Period!.Value;
        var factor = input.IntervalOf(rate) * rate.Sign / 100m + 1m;
        var compounded = factor;
        for (var k = 1; k < years; k++) compounded *= factor;
        var finding = GenericFinding.About(Kind, [from, to, rate, start.Year, end.Year], "a yearly average rate compounds to the change between two dated levels");
        var words = input.Report.Slice(from.Sentence);
        if (RealGrowthWords.Any(w => words.Contains(w, StringComparison.Ordinal) || from.Subject.Contains(w, StringComparison.Ordinal)))
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The rate {rate.Text} is a growth at comparable prices (按可比价格, as for output and value added), which cannot be recomputed from the nominal levels {from.Text} and {to.Text}." };
        if (Interval.Divide(input.IntervalOf(to), input.IntervalOf(from)).Value is not { } ratio)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The first level {from.Text} may be zero, so the change to {to.Text} has no rate." };
        var holds = compounded.Meets(ratio);
        return finding.Judged(ratio, compounded, holds, "×") with
        {
            Message = $"Over the {years} years from {start.Year.Period} to {end.Year.Period}, (1 + {rate.Text})^{years} = {IntervalText.Format(compounded)}, which {(holds ? "meets" : "misses")} {to.Text} / {from.Text} = {IntervalText.Format(ratio)}.",
        };
    }
}
