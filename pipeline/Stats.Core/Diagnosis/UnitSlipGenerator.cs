using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>
/// A unit slip within one dimension: the numeral as printed under another unit of its family (万吨 ↔ 万斤 ↔ 万公斤 ↔ 吨;
/// 公顷 ↔ 亩 ↔ 万亩; 元 ↔ 万元 ↔ 亿元). Families come from data/reference/unit-slips.yaml.
/// </summary>
public sealed class UnitSlipGenerator(IReadOnlyList<UnitFamily> families) : IReadingGenerator
{
    public const decimal Cost = 1m;

    public IEnumerable<Reading> For(Mention figure)
    {
        if (figure.Value is null || figure.Role != Role.Level) yield break;
        var printed = new PrintedUnit(figure.Multiplier, figure.Unit).ToString();
        foreach (var family in families.Where(f => f.Units.Contains(printed)))
        {
            foreach (var other in family.Units.Where(u => u != printed))
            {
                var unit = PrintedUnit.Parse(other);
                var changed = Respelling.WithUnit(figure, unit.Multiplier, unit.Unit);
                yield return new Reading(figure, changed, ReadingKind.Unit, figure.Number + other + figure.Qualifier, Cost);
            }
        }
    }
}

/// <summary>Printed units easily confused for each other, all of one dimension.</summary>
public sealed record UnitFamily(string Dimension, IReadOnlyList<string> Units);
