using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>A shifted decimal point: the printed digits with the point moved one to three places either way.</summary>
public sealed class DecimalShiftGenerator : IReadingGenerator
{
    public const decimal Cost = 1.5m;
    private const int MaxShift = 3;

    public IEnumerable<Reading> For(Mention figure)
    {
        if (figure.Value is null || figure.Role != Role.Level || NumeralText.Parse(figure.Number) is not { } numeral) yield break;
        for (var shift = -MaxShift; shift <= MaxShift; shift++)
        {
            var point = numeral.PointIndex + shift;
            if (shift == 0 || point < 1 || point > numeral.Digits.Length) continue;
            var candidate = numeral with { PointIndex = point };
            var changed = Respelling.WithNumeral(figure, candidate);
            yield return new Reading(figure, changed, ReadingKind.Decimal, Respelling.Print(changed) + figure.Qualifier, Cost);
        }
    }
}
