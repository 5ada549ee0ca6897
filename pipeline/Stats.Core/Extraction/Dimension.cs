namespace Stats.Core.Extraction;

/// <summary>The physical dimension of a unit; conversions are only meaningful within one dimension.</summary>
public enum Dimension
{
    None,
    Money,
    Mass,
    Area,
    Length,
    Volume,
    Count,
    Percent,
    PerMille,
    PercentagePoints,
    Ratio,
}
