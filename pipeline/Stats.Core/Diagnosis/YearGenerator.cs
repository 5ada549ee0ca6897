using System.Globalization;
using Stats.Core.Extraction;

namespace Stats.Core.Diagnosis;

/// <summary>
/// A year printed wrongly, by one digit of its last two (2019 for 2020, 2012 for 2021): the span a yearly average rate
/// compounds over changes with it. Only years a check reads are tried (the diagnoser offers them with the figures).
/// </summary>
public sealed class YearGenerator : IReadingGenerator
{
    public IEnumerable<Reading> For(Mention figure)
    {
        if (figure.Kind != MentionKind.Year || figure.Period is not { } year) yield break;
        var seen = new HashSet<int> { year };
        foreach (var candidate in Candidates(year))
        {
            if (!seen.Add(candidate)) continue;
            var text = candidate.ToString(CultureInfo.InvariantCulture) + "年";
            yield return new Reading(figure, figure with { Period = candidate, Text = text }, ReadingKind.Year, text, DigitTypoGenerator.Cost);
        }
    }

    // The neighbouring years first (a slip across a decade: 2019 for 2020), then every other last or second-to-last digit.
    private static IEnumerable<int> Candidates(int year)
    {
        yield return year - 1;
        yield return year + 1;
        for (var d = 0; d <= 9; d++) yield return year - year % 10 + d;
        for (var d = 0; d <= 9; d++) yield return year - year % 100 + d * 10 + year % 10;
    }
}
