namespace Stats.Core.Extraction;

/// <summary>A unit word as printed after a number, the canonical spelling stored on mentions, and what it measures.</summary>
internal sealed record Unit(string Printed, string Canonical, Dimension Dimension)
{
    /// <summary>The figure kind a number in this unit is; units without a checkable dimension (周岁) make plain numbers.</summary>
    public MentionKind Kind => Dimension switch
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
}
