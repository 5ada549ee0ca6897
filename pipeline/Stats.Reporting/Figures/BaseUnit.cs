namespace Stats.Reporting.Figures;

/// <summary>
/// The base unit a printed unit converts to, and its factor: money to 元, mass to kg, area to m², length to m. A small fixed
/// table of legal (SI and 市制) units; units outside it are left unconverted.
/// </summary>
public sealed record BaseUnit(string Name, decimal Factor)
{
    /// <summary>One 亩 is 10000/15 m² (市制: 15 亩 to the hectare).</summary>
    public const decimal SquareMetresPerMu = 10000m / 15m;

    private static readonly IReadOnlyDictionary<string, BaseUnit> Table = new Dictionary<string, BaseUnit>(StringComparer.Ordinal)
    {
        ["元"] = new("元", 1m),
        ["吨"] = new("kg", 1000m),
        ["公斤"] = new("kg", 1m),
        ["千克"] = new("kg", 1m),
        ["斤"] = new("kg", 0.5m),
        ["克"] = new("kg", 0.001m),
        ["公顷"] = new("m²", 10000m),
        ["亩"] = new("m²", SquareMetresPerMu),
        ["平方米"] = new("m²", 1m),
        ["平方公里"] = new("m²", 1000000m),
        ["平方千米"] = new("m²", 1000000m),
        ["公里"] = new("m", 1000m),
        ["千米"] = new("m", 1000m),
        ["米"] = new("m", 1m),
    };

    public static BaseUnit? For(string unit) => Table.GetValueOrDefault(unit);

    /// <summary>The value in the base unit, or null when the unit is not in the table.</summary>
    public static decimal? Convert(decimal value, string unit) => For(unit) is { } b ? value * b.Factor : null;
}
