using Stats.Core.Text;

namespace Stats.Core.Statements;

/// <summary>How values of an indicator combine (data/reference/indicators.yaml, <c>adds</c>).</summary>
public enum Additivity
{
    /// <summary>The subject names no known indicator.</summary>
    Unknown,
    /// <summary>Over a period; sums over parts and periods.</summary>
    Flow,
    /// <summary>At a moment; sums over parts, not periods.</summary>
    Stock,
    PerCapita,
    Average,
    Rate,
    Price,
    Index,
}

/// <summary>Names of additivities as indicators.yaml and statements.csv write them.</summary>
public static class AdditivityNames
{
    public static string Name(this Additivity a) => EnumText.Of(a);

    /// <summary>Whether values of the indicator sum over its parts.</summary>
    public static bool AddsUp(this Additivity a) => a is Additivity.Flow or Additivity.Stock or Additivity.Unknown;
}
