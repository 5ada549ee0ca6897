using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// The vital rates of a bulletin's population paragraph, tied by their definitions (National Bureau of Statistics, 主要统计
/// 指标解释: each rate is the year's events per thousand of the average population, and the natural growth rate is the birth
/// rate less the death rate). So 自然增长率 = 出生率 − 死亡率, their changes in 千分点 too, and births over the birth rate
/// and deaths over the death rate are both the average population: the two quotients must overlap within rounding.
/// </summary>
public sealed class VitalRatesCheck : IGenericCheck
{
    private const string Natural = "自然增长率";
    private const string Birth = "出生率";
    private const string Death = "死亡率";

    public string Kind => CheckKind.Identity.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var figures = input.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            if (!IsRate(input, figures[i], Birth)) continue;
            // The paragraph's statement runs on across semicolons (出生率 a‰；死亡率 b‰；自然增长率 c‰) to the full stop.
            var end = ClauseText.SentenceEnd(input.Report.Content, figures[i].Span.End);
            var inSentence = figures.Skip(i).TakeWhile(m => m.Span.Start < end).ToList();
            var birth = figures[i];
            var death = inSentence.FirstOrDefault(m => IsRate(input, m, Death));
            var natural = inSentence.FirstOrDefault(m => IsRate(input, m, Natural));
            if (death is null) continue;
            if (natural is not null)
            {
                yield return Difference(input, birth, death, natural, "‰", "the natural growth rate is the birth rate less the death rate");
                if (ChangeAfter(inSentence, birth) is { } db && ChangeAfter(inSentence, death) is { } dd && ChangeAfter(inSentence, natural) is { } dn)
                    yield return Difference(input, db, dd, dn, "‰", "the natural growth rate's change is the birth rate's change less the death rate's");
            }
            var births = i > 0 ? CountBefore(input, figures[i - 1], birth, "出生") : null;
            var deaths = CountBefore(input, inSentence[inSentence.IndexOf(death) - 1], death, "死亡");
            if (births is not null && deaths is not null && Population(input, births, birth, deaths, death) is { } population)
                yield return population;
        }
    }

    // The word nearest before the rate names it: 人口出生率 8.2‰, 死亡率为 7.9‰.
    private static bool IsRate(CheckInput input, Mention m, string word) =>
        m.Kind == MentionKind.PerMille && input.WordsBefore(m.Span.Start).Contains(word, StringComparison.Ordinal) &&
        (word == Natural || !input.WordsBefore(m.Span.Start).Contains(Natural, StringComparison.Ordinal));

    /// <summary>The change in 千分点 right after a rate (比上年上升 4.04 个千分点), signed by its word.</summary>
    private static Mention? ChangeAfter(IReadOnlyList<Mention> sentence, Mention rate)
    {
        var next = sentence.SkipWhile(m => m != rate).Skip(1).FirstOrDefault();
        return next is { Kind: MentionKind.PercentagePoints } && next.Unit.Contains('千') ? next : null;
    }

    /// <summary>出生人口 6556 人 just before the birth rate: a count of people in the clause before, named by the word.</summary>
    private static Mention? CountBefore(CheckInput input, Mention count, Mention rate, string word)
    {
        var text = input.Report.Content;
        return count is { Kind: MentionKind.Count, Unit: "人", Role: Role.Level } && count.Span.End < rate.Span.Start &&
               text.AsSpan(count.Span.End, rate.Span.Start - count.Span.End).IndexOfAny("。\n") < 0 &&
               input.WordsBefore(count.Span.Start).Contains(word, StringComparison.Ordinal) ? count : null;
    }

    // A change told as a fall (下降 3.06 个千分点) enters the arithmetic negative, and the message shows it so.
    private static string SignedText(Mention m) => m.Sign < 0 ? $"(-{m.Text})" : m.Text;

    private static Interval Signed(CheckInput input, Mention m) => input.IntervalOf(m) * m.Sign;

    private Finding Difference(CheckInput input, Mention first, Mention second, Mention stated, string unit, string label)
    {
        var computed = Signed(input, first) - Signed(input, second);
        var expected = Signed(input, stated);
        var holds = computed.Meets(expected);
        return GenericFinding.About(Kind, [first, second, stated], label).Judged(expected, computed, holds, unit) with
        {
            Message = $"{SignedText(first)} - {SignedText(second)} = {IntervalText.Format(computed)}{unit}, which {(holds ? "meets" : "misses")} the stated {SignedText(stated)} = {IntervalText.Format(expected)}{unit}.",
        };
    }

    private Finding? Population(CheckInput input, Mention births, Mention birthRate, Mention deaths, Mention deathRate)
    {
        if (Interval.Divide(input.IntervalOf(births), input.IntervalOf(birthRate) / 1000m).Value is not { } fromBirths ||
            Interval.Divide(input.IntervalOf(deaths), input.IntervalOf(deathRate) / 1000m).Value is not { } fromDeaths)
            return null;
        var holds = fromBirths.Meets(fromDeaths);
        return GenericFinding.About(Kind, [births, birthRate, deaths, deathRate], "births over the birth rate and deaths over the death rate are one average population")
            .Judged(fromBirths, fromDeaths, holds, "人") with
            {
                Message = $"{births.Text} / {birthRate.Text} = {IntervalText.Format(fromBirths)} 人 and {deaths.Text} / {deathRate.Text} = {IntervalText.Format(fromDeaths)} 人 {(holds ? "overlap, as one average population" : "do not overlap, though both are the year's average population")}.",
            };
    }
}
