using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>Builds the mention a figure would be with another numeral or another printed unit.</summary>
public static class Respelling
{
    /// <summary>The figure with its numeral replaced (value and decimals follow; multiplier and unit stay).</summary>
    public static Mention WithNumeral(Mention figure, NumeralText numeral) => Reprinted(figure with
    {
        Number = numeral.ToString(),
        Value = numeral.Value * figure.Multiplier,
        Decimals = numeral.Decimals,
    });

    /// <summary>The figure with its numeral kept and its multiplier and unit replaced (1234万吨 → 1234万斤).</summary>
    public static Mention WithUnit(Mention figure, decimal multiplier, string unit) => Reprinted(figure with
    {
        Multiplier = multiplier,
        Unit = unit,
        Value = figure.Value / figure.Multiplier * multiplier,
    });

    // A changed figure is never written to mentions.csv; its text says how it reads, so messages under a hypothesis do too.
    private static Mention Reprinted(Mention changed) => changed with { Text = Print(changed) + changed.Qualifier };

    /// <summary>How the figure would print: numeral, multiplier word, unit and trailing qualifier.</summary>
    public static string Print(Mention figure) => figure.Number + PrintedUnit.MultiplierWord(figure.Multiplier) + figure.Unit;
}
