using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A per-capita amount against its total and the population the report states: per-capita GDP (人均地区生产总值) is GDP over
/// the year's average resident population (National Bureau of Statistics, 主要统计指标解释), or over the registered
/// population when the report says so (按户籍人口计算). Reports print the year-end population, not the average, so the
/// quotient is held loosely: within 5% passes, within a factor of two warns (another population or period), and beyond
/// that no population basis explains it (a figure in the wrong unit or with lost digits) and it fails.
/// </summary>
public sealed partial class PerCapitaCheck : IGenericCheck
{
    // A year's resident population rarely moves by more than a few percent, so the year-end figure stands for the average
    // within this factor.
    private const decimal Close = 1.05m;
    private const decimal Possible = 2m;

    private static readonly string[] PerCapitaWords = ["人均地区生产总值", "人均生产总值", "人均GDP"];
    private static readonly string[] TotalWords = ["地区生产总值", "生产总值", "GDP"];
    private static readonly string[] NotTotalWords = ["人均", "增加值", "占", "比重", "产业"];
    private static readonly string[] PartWords = ["城镇", "乡村", "农村", "城市", "流动", "外来"];

    public string Kind => CheckKind.PerCapita.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        foreach (var perCapita in input.Figures)
        {
            if (perCapita.Kind != MentionKind.Amount || perCapita.Role != Role.Level || perCapita.Unit != "元") continue;
            var words = input.WordsBefore(perCapita.Span.Start);
            if (!PerCapitaWords.Any(w => words.Contains(w, StringComparison.Ordinal)) || !Breakdown.IsStatedLevel(input, perCapita)) continue;
            var registered = input.Report.Slice(perCapita.Sentence).Contains("户籍人口", StringComparison.Ordinal);
            var total = input.Figures.FirstOrDefault(m => IsTotal(input, m, perCapita));
            var population = input.Figures.FirstOrDefault(m => IsPopulation(input, m, perCapita, registered ? "户籍人口" : "常住人口"));
            if (total is null || population is null) continue;
            yield return Judge(input, total, population, perCapita, registered);
        }
        foreach (var finding in PerUnitAverages(input)) yield return finding;
        foreach (var finding in ResidentIncomes(input)) yield return finding;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(全体|全县|全市|全省|全区|全旗|全镇)*(全体)?(常住)?居民人均(.+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AllResidents();
    [System.Text.RegularExpressions.GeneratedRegex(@"^城镇(常住)?居民人均(.+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UrbanResidents();
    [System.Text.RegularExpressions.GeneratedRegex(@"^(农村|乡村)(常住)?居民人均(.+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RuralResidents();
    [System.Text.RegularExpressions.GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*[:：]\s*1$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IncomeRatio();

    /// <summary>
    /// Per-capita amounts of all residents, urban and rural residents (人均可支配收入, 人均消费支出): all residents' lies between
    /// the other two, being their mean weighted by population; and an urban–rural ratio stated as K:1 in the sentence after
    /// them is urban over rural, the year before's (由上年的 K₀:1) their levels over one plus their growth.
    /// </summary>
    private IEnumerable<Finding> ResidentIncomes(CheckInput input)
    {
        var text = input.Report.Content;
        // Per-capita amounts are no parts of anything, so they are not among the stated levels the breakdowns read.
        var levels = input.Figures.Where(m => m is { Kind: MentionKind.Amount, Role: Role.Level } && m.Qualifier.Length == 0 &&
            !StatementWords.IsChange(input.WordsBefore(m.Span.Start))).ToList();
        foreach (var urban in levels)
        {
            if (UrbanResidents().Match(StatementWords.IndicatorName(urban.Subject)) is not { Success: true } u) continue;
            var measure = u.Groups[2].Value;
            bool Same(Mention m) => m.Unit == urban.Unit && m.MayShareThePeriodOf(urban) && m.Basis == urban.Basis && Math.Abs(m.Span.Start - urban.Span.Start) < 400;
            var rural = levels.FirstOrDefault(m => Same(m) && RuralResidents().Match(StatementWords.IndicatorName(m.Subject)) is { Success: true } r && r.Groups[3].Value == measure);
            if (rural is null) continue;
            var all = levels.FirstOrDefault(m => Same(m) && AllResidents().Match(StatementWords.IndicatorName(m.Subject)) is { Success: true } a && a.Groups[4].Value == measure);
            if (all is not null) yield return Between(input, all, urban, rural);
            foreach (var ratio in Ratios(input, urban, rural)) yield return ratio;
        }
    }

    private Finding Between(CheckInput input, Mention all, Mention urban, Mention rural)
    {
        var (a, b) = (input.IntervalOf(urban), input.IntervalOf(rural));
        var range = Interval.Of(Interval.Min(a, b).Lower, true, Interval.Max(a, b).Upper, true);
        var stated = input.IntervalOf(all);
        var holds = stated.Meets(range);
        return GenericFinding.About(Kind, [all, urban, rural], "all residents' per-capita amount lies between the urban and the rural").Judged(range, stated, holds, all.Unit) with
        {
            Message = $"All residents' {all.Text} is the urban {urban.Text} and the rural {rural.Text} weighted by population, so it lies in {IntervalText.Format(range)} {all.Unit}; it {(holds ? "does" : "does not")}.",
        };
    }

    // 城乡收入比由上年的 K₀:1 下降为 K:1, in the sentence after the rural level: the first ratio is last year's, the last this year's.
    private IEnumerable<Finding> Ratios(CheckInput input, Mention urban, Mention rural)
    {
        var text = input.Report.Content;
        var sentenceEnd = ClauseText.SentenceEnd(text, rural.Span.End);
        var next = ClauseText.SentenceEnd(text, Math.Min(text.Length - 1, sentenceEnd + 1));
        var ratios = input.Mentions.Where(m => m.Kind == MentionKind.Ratio && m.Span.Start > rural.Span.End && m.Span.Start <= next &&
            text[ClauseText.SentenceStart(text, m.Span.Start)..m.Span.Start].Contains("收入比", StringComparison.Ordinal)).ToList();
        if (ratios.Count == 0) return [];
        var found = new List<Finding>();
        var now = Interval.Divide(input.IntervalOf(urban), input.IntervalOf(rural)).Value;
        if (now is not null && RatioOf(ratios[^1]) is { } stated)
            found.Add(RatioFinding([urban, rural, ratios[^1]], now, stated, $"{urban.Text} / {rural.Text}"));
        if (ratios.Count == 2 && RatioOf(ratios[0]) is { } before && input.GrowthOf(urban) is { } gu && input.GrowthOf(rural) is { } gr &&
            Interval.Divide(input.IntervalOf(urban), input.IntervalOf(gu) * gu.Sign / 100m + 1m).Value is { } urbanBefore &&
            Interval.Divide(input.IntervalOf(rural), input.IntervalOf(gr) * gr.Sign / 100m + 1m).Value is { } ruralBefore &&
            Interval.Divide(urbanBefore, ruralBefore).Value is { } then)
            found.Add(RatioFinding([urban, gu, rural, gr, ratios[0]], then, before, $"({urban.Text}/(1+{gu.Text})) / ({rural.Text}/(1+{gr.Text}))"));
        return found;
    }

    private static Interval? RatioOf(Mention ratio)
    {
        if (IncomeRatio().Match(ratio.Text.Replace(" ", "", StringComparison.Ordinal)) is not { Success: true } m) return null;
        return Interval.Printed(m.Groups[1].Value);
    }

    private Finding RatioFinding(IReadOnlyList<Mention> evidence, Interval computed, Interval stated, string arithmetic)
    {
        var holds = computed.Meets(stated);
        return GenericFinding.About(Kind, evidence, "an urban–rural income ratio is the urban level over the rural").Judged(stated, computed, holds, ":1") with
        {
            Message = $"{arithmetic} = {IntervalText.Format(computed)}, which {(holds ? "meets" : "misses")} the stated {IntervalText.Format(stated)}:1.",
        };
    }

    // Averages over villages and households (村均, 户均): the count's classifier and the word that names what it counts.
    private static readonly (string Word, string Counted)[] AverageWords = [("村均", "村"), ("户均", "户")];

    /// <summary>
    /// 全年 43 个行政村…经营性收入 T，村均经营性收入 A: an average per village or household is the total over the count the
    /// report states within its sentence or the two before: A = T / N within rounding passes, within a factor of two warns
    /// (the average may leave out villages without such income), and beyond that fails.
    /// </summary>
    private IEnumerable<Finding> PerUnitAverages(CheckInput input)
    {
        var text = input.Report.Content;
        var figures = input.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var average = figures[i];
            if (average.Kind != MentionKind.Amount || average.Role != Role.Level) continue;
            var words = input.WordsBefore(average.Span.Start);
            var (word, counted) = AverageWords.FirstOrDefault(a => words.Contains(a.Word, StringComparison.Ordinal));
            if (word is null) continue;
            var name = words[(words.IndexOf(word, StringComparison.Ordinal) + word.Length)..];
            if (name.Length < 2) continue;
            Mention? total = null, count = null;
            for (var k = i - 1; k >= 0 && ClauseText.SentenceEndsBetween(text, figures[k].Span.End, average.Span.Start) <= 2; k--)
            {
                var m = figures[k];
                if (total is null && m.Kind == MentionKind.Amount && m.Role == Role.Level && m.Dimension == average.Dimension &&
                    input.WordsBefore(m.Span.Start) is var before && before.EndsWith(name, StringComparison.Ordinal) && !before.Contains('均'))
                    total = m;
                else if (count is null && m.Kind == MentionKind.Count && m.Role == Role.Level && m.Value is > 0 &&
                    (m.Unit == counted || (m.Unit == "个" && (m.Subject + input.WordsBefore(m.Span.Start)).Contains(counted, StringComparison.Ordinal) ||
                     text.AsSpan(m.Span.End, Math.Min(4, text.Length - m.Span.End)).Contains(counted, StringComparison.Ordinal))))
                    count = m;
            }
            if (total is null || count is null) continue;
            yield return Average(input, total, count, average, word);
        }
    }

    private Finding Average(CheckInput input, Mention total, Mention count, Mention average, string word)
    {
        var finding = GenericFinding.About(Kind, [count, total, average], $"an average ({word}) is its total over the count");
        if (Interval.Divide(input.IntervalOf(total), input.IntervalOf(count)).Value is not { IsBounded: true } implied)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"{total.Text} or {count.Text} is open-ended, so the average has no bound to hold {average.Text} to." };
        var stated = input.IntervalOf(average);
        var arithmetic = $"{total.Text} / {count.Text} = {IntervalText.Format(implied)} {average.Unit}";
        if (stated.Meets(implied))
            return finding.Judged(implied, stated, true, average.Unit) with { Message = $"{arithmetic}, which the stated {average.Text} meets." };
        var possible = Interval.Closed(implied.Lower!.Value / Possible, implied.Upper!.Value * Possible);
        return finding.Judged(implied, stated, false, average.Unit) with
        {
            Status = stated.Meets(possible) ? CheckStatus.Warn : CheckStatus.Fail,
            Message = stated.Meets(possible)
                ? $"{arithmetic}; the stated {average.Text} misses it: the average may be over fewer units (those with such income)."
                : $"{arithmetic}; the stated {average.Text} is more than twice as far, which no count explains.",
        };
    }

    private static bool IsTotal(CheckInput input, Mention m, Mention perCapita)
    {
        if (m.Kind != MentionKind.Amount || m.Role != Role.Level || !m.MayShareThePeriodOf(perCapita) || m.Dimension != perCapita.Dimension) return false;
        var words = input.WordsBefore(m.Span.Start);
        return TotalWords.Any(w => words.EndsWith(w, StringComparison.Ordinal) || words.Contains(w + "为", StringComparison.Ordinal) ||
                   words.Contains(w + "完成", StringComparison.Ordinal) || words.Contains(w + "达", StringComparison.Ordinal) ||
                   words.Contains(w + "实现", StringComparison.Ordinal) || words.Contains(w + "）", StringComparison.Ordinal) || words.Contains(w + ")", StringComparison.Ordinal)) &&
               !NotTotalWords.Any(w => words.Contains(w, StringComparison.Ordinal)) && Breakdown.IsStatedLevel(input, m);
    }

    private static bool IsPopulation(CheckInput input, Mention m, Mention perCapita, string name)
    {
        if (m.Kind != MentionKind.Count || m.Role != Role.Level || m.Unit != "人" || !m.MayShareThePeriodOf(perCapita)) return false;
        var words = input.WordsBefore(m.Span.Start);
        return words.Contains(name, StringComparison.Ordinal) && !PartWords.Any(w => words.Contains(w, StringComparison.Ordinal)) &&
               Breakdown.IsStatedLevel(input, m);
    }


    private Finding Judge(CheckInput input, Mention total, Mention population, Mention perCapita, bool registered)
    {
        var finding = GenericFinding.About(Kind, [total, population, perCapita], "a per-capita amount is its total over the population");
        var basis = registered ? "registered (户籍)" : "resident (常住)";
        if (Interval.Divide(input.IntervalOf(total), input.IntervalOf(population)).Value is not { } implied)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The population {population.Text} may be zero, so {total.Text} has no per-capita amount." };
        if (!implied.IsBounded)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"{total.Text} or {population.Text} is open-ended (余, 以上), so the per-capita amount has no bound to hold {perCapita.Text} to." };
        var close = Interval.Closed(implied.Lower!.Value / Close, implied.Upper!.Value * Close);
        var possible = Interval.Closed(implied.Lower!.Value / Possible, implied.Upper!.Value * Possible);
        var stated = input.IntervalOf(perCapita);
        var arithmetic = $"{total.Text} / {population.Text} = {IntervalText.Format(implied)} {perCapita.Unit}";
        if (stated.Meets(close))
            return finding.Judged(close, stated, true, perCapita.Unit) with
            {
                Message = $"{arithmetic}; the stated {perCapita.Text} lies within 5% of it, as the {basis} population's change within a year allows.",
            };
        if (stated.Meets(possible))
            return finding.Judged(close, stated, false, perCapita.Unit) with
            {
                Status = CheckStatus.Warn,
                Message = $"{arithmetic}; the stated {perCapita.Text} is more than 5% away: another population (average, registered) or period may have been used.",
            };
        return finding.Judged(close, stated, false, perCapita.Unit) with
        {
            Message = $"{arithmetic}; the stated {perCapita.Text} is more than twice as far, which no population basis explains.",
        };
    }
}
