namespace Stats.Core.Diagnosis;

/// <summary>The families of readings, as hypotheses.csv names them.</summary>
public static class ReadingKind
{
    /// <summary>The figure in another unit of its family (万吨 ↔ 万斤, 公顷 ↔ 亩).</summary>
    public const string Unit = "unit";

    /// <summary>One digit inserted, deleted or substituted, or two adjacent digits swapped.</summary>
    public const string Typo = "typo";

    /// <summary>The decimal point shifted.</summary>
    public const string Decimal = "decimal";

    /// <summary>A year printed wrongly (2019 for 2020): the span a yearly average rate compounds over changes.</summary>
    public const string Year = "year";

    /// <summary>Another basis: growth at comparable prices, a non-exhaustive 其中, a rate meaning "at least".</summary>
    public const string Basis = "basis";
}
