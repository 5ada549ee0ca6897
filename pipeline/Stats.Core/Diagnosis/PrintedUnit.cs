using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>A unit as printed, split into its multiplier word and its unit: 万吨 → (10000, 吨).</summary>
public sealed record PrintedUnit(decimal Multiplier, string Unit)
{
    private static readonly (string Word, decimal Factor)[] Multipliers =
        [("万亿", 1_000_000_000_000m), ("百万", 1_000_000m), ("亿", 100_000_000m), ("万", 10_000m), ("千", 1_000m)];

    public static PrintedUnit Parse(string printed)
    {
        foreach (var (word, factor) in Multipliers)
        {
            // 千克 and 千米 are units of their own, not a thousand 克 or 米.
            if (printed.StartsWith(word, StringComparison.Ordinal) && printed.Length > word.Length && printed is not ("千克" or "千米"))
                return new PrintedUnit(factor, printed[word.Length..]);
        }
        return new PrintedUnit(1m, printed);
    }

    public static string MultiplierWord(decimal multiplier) =>
        Multipliers.FirstOrDefault(m => m.Factor == multiplier).Word ?? "";

    public override string ToString() => MultiplierWord(Multiplier) + Unit;
}
