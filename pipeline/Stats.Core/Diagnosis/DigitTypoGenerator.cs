using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>
/// A digit typo, as in the R package deductive's correct_typos: one digit inserted, deleted or substituted, or two
/// adjacent digits swapped. The decimal point stays where it is printed.
/// </summary>
public sealed class DigitTypoGenerator : IReadingGenerator
{
    public const decimal Cost = 2m;

    public IEnumerable<Reading> For(Mention figure)
    {
        if (figure.Value is null || NumeralText.Parse(figure.Number) is not { } numeral) yield break;
        var seen = new HashSet<string> { numeral.ToString() };
        foreach (var candidate in Variants(numeral))
        {
            var text = candidate.ToString();
            // A numeral printed with a leading zero (0516) is not a plausible typo of a printed figure.
            if (candidate.Digits[0] == '0' && candidate.PointIndex > 1 || !seen.Add(text)) continue;
            var changed = Respelling.WithNumeral(figure, candidate);
            yield return new Reading(figure, changed, ReadingKind.Typo, Respelling.Print(changed) + figure.Qualifier, Cost);
        }
    }

    private static IEnumerable<NumeralText> Variants(NumeralText n)
    {
        var d = n.Digits;
        for (var i = 0; i < d.Length; i++)
        {
            if (d.Length > 1) yield return new NumeralText(d.Remove(i, 1), i < n.PointIndex ? n.PointIndex - 1 : n.PointIndex);
            for (var c = '0'; c <= '9'; c++)
                if (c != d[i]) yield return n with { Digits = d[..i] + c + d[(i + 1)..] };
            if (i + 1 < d.Length && d[i] != d[i + 1])
                yield return n with { Digits = d[..i] + d[i + 1] + d[i] + d[(i + 2)..] };
        }
        for (var i = 0; i <= d.Length; i++)
            for (var c = '0'; c <= '9'; c++)
                yield return new NumeralText(d.Insert(i, c.ToString()), i <= n.PointIndex ? n.PointIndex + 1 : n.PointIndex);
    }
}
