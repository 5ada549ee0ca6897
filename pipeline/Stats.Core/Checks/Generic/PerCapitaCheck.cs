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
public sealed class PerCapitaCheck : IGenericCheck
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
