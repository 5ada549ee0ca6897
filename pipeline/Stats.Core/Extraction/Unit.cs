namespace Stats.Core.Extraction;

/// <summary>A unit word as printed after a number, the canonical spelling stored on mentions, and what it measures.</summary>
internal sealed record Unit(string Printed, string Canonical, Dimension Dimension)
{
    /// <summary>
    /// Set on units that only follow digits: 5.2级 is a magnitude but 三级 names a grade (三级医院), 30度 is a reading but 两度 means
    /// "twice".
    /// </summary>
    public bool AfterDigitsOnly { get; init; }

    /// <summary>The figure kind when the dimension alone does not say it: a rate per unit (元/人) has no single dimension to check.</summary>
    public MentionKind? KindOverride { get; init; }

    /// <summary>The figure kind a number in this unit is; units without a checkable dimension (周岁) make plain numbers.</summary>
    public MentionKind Kind => KindOverride ?? Dimension switch
    {
        Dimension.Money => MentionKind.Amount,
        Dimension.Mass or Dimension.Area or Dimension.Length or Dimension.Volume => MentionKind.Quantity,
        Dimension.Count => MentionKind.Count,
        Dimension.Percent => MentionKind.Percent,
        Dimension.PerMille => MentionKind.PerMille,
        Dimension.PercentagePoints => MentionKind.PercentagePoints,
        Dimension.Ratio => MentionKind.Ratio,
        _ => MentionKind.Number,
    };

    /// <summary>
    /// This unit per <paramref name="denominator"/> (元/人, 微克/立方米): no single dimension, so checks that add or compare
    /// levels leave it alone; money and measures keep their kind, a count per something (人/平方公里) is a plain number.
    /// </summary>
    public Unit Per(Unit denominator, string printed) =>
        new(printed, Canonical + "/" + denominator.Canonical, Dimension.None) { KindOverride = Kind == MentionKind.Count ? MentionKind.Number : Kind };
}
