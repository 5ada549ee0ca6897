using Stats.Core.Extraction;
using Stats.Core.Intervals;

namespace Stats.Reporting.Figures;

/// <summary>The interval a printed figure stands for by its rounding alone (1.28亿元 → [127500000, 128500000)).</summary>
public static class RoundingInterval
{
    /// <summary>Null for mentions without a value.</summary>
    public static Interval? Of(Mention mention)
    {
        if (mention.Value is not { } value || mention.Multiplier == 0m) return null;
        // Value already carries the multiplier; the rounding applies to the printed number, before it.
        return Interval.Rounded(value / mention.Multiplier, Math.Clamp(mention.Decimals, 0, 20), mention.Multiplier);
    }
}
