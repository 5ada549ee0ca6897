using Stats.Core.Extraction;
using Stats.Core.Units;

namespace Stats.Reporting.Figures;

/// <summary>
/// Converts the units a report prints into their dimension's base unit (元, kg, m², m) and areas into 亩, with the factors
/// of the unit catalogue (data/reference/units.yaml). Counts and other dimensions have no base unit here.
/// </summary>
public sealed class UnitScale(UnitCatalog units)
{
    private static readonly IReadOnlyDictionary<string, string> BaseNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["money"] = "元", ["mass"] = "kg", ["area"] = "m²", ["length"] = "m",
    };

    /// <summary>The base unit of a printed unit and its factor, or null when the unit is unknown or not of those dimensions.</summary>
    public BaseUnit? For(string unit) =>
        units.Find(unit) is { } u && BaseNames.TryGetValue(u.Dimension.Key, out var name)
            ? new BaseUnit(name, u.Factor.Numerator / u.Factor.Denominator)
            : null;

    /// <summary>
    /// The base unit of a figure's unit when the figure is of that unit's dimension: 4块 counts plots of land, though 块 is
    /// also a colloquial 元.
    /// </summary>
    public BaseUnit? For(Mention figure) =>
        For(figure.Unit) is { } b && units.Get(figure.Unit).Dimension.Key == figure.Dimension.ToString().ToLowerInvariant() ? b : null;

    /// <summary>The value in its base unit, or null when the unit has none.</summary>
    public decimal? ToBase(decimal value, string unit) => For(unit) is { } b ? value * b.Factor : null;

    /// <summary>An area in 亩, exact for 公顷 (×15); null when the unit is not an area.</summary>
    public decimal? ToMu(decimal value, string unit) => For(unit) is { Name: "m²" } ? Convert(value, unit, "亩") : null;

    /// <summary>A value in another unit of its dimension, with the catalogue's exact factors (亩 → 公顷, kg → 吨).</summary>
    public decimal Convert(decimal value, string from, string to) =>
        UnitCatalog.Convert(Stats.Core.Intervals.Interval.Point(value), units.Get(from), units.Get(to)).Lower!.Value;
}

/// <summary>The base unit a printed unit converts to (元, kg, m², m), and the factor to multiply by.</summary>
public sealed record BaseUnit(string Name, decimal Factor);
