using System.Collections.Concurrent;
using Stats.Core.DataFiles;
using Stats.Core.Intervals;

namespace Stats.Core.Units;

/// <summary>
/// The units the pipeline knows (data/reference/units.yaml), each with its dimension and exact factor; a symbol may
/// carry a power-of-ten prefix (万吨, 亿元, 千公顷) and per-unit symbols compose (吨/公顷) when not listed. Units whose 千 is
/// their own (千克, 千瓦, 千伏) are listed, so they are found before the prefix is tried.
/// </summary>
public sealed class UnitCatalog
{
    private static readonly (string Prefix, decimal Multiplier)[] Prefixes =
        [("万亿", 1_000_000_000_000m), ("亿", 100_000_000m), ("千万", 10_000_000m), ("百万", 1_000_000m), ("十万", 100_000m), ("万", 10_000m), ("千", 1_000m)];

    private readonly Dictionary<string, Unit> units;

    // Prefixed and composed symbols (万吨, 元/人) found once: a rule's figures are looked up for every reading a diagnosis
    // tries, and each derivation builds new units. Unknown symbols are remembered as null.
    private readonly ConcurrentDictionary<string, Unit?> derived = new(StringComparer.Ordinal);

    private UnitCatalog(Dictionary<string, Unit> units) => this.units = units;

    public IReadOnlyCollection<Unit> Units => units.Values.ToList();

    /// <summary>Reads a <c>units:</c> list of symbol, aliases, dimension, factor and source.</summary>
    public static UnitCatalog Parse(string yaml, string path)
    {
        var root = YamlRecord.Load(yaml, path);
        root.AllowOnly("units");
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal) { [""] = Unit.None };
        foreach (var entry in root.Records("units", required: true))
        {
            entry.AllowOnly("symbol", "aliases", "dimension", "factor", "base", "source");
            var symbolNode = entry.Scalar("symbol");
            var symbol = entry.Text("symbol");
            UnitDimension dimension;
            try { dimension = UnitDimension.Parse(entry.Text("dimension")); }
            catch (FormatException e) { throw entry.Error(entry.Scalar("dimension"), e.Message); }
            Rational factor;
            try { factor = Rational.Parse(entry.Text("factor")); }
            catch (FormatException e) { throw entry.Error(entry.Scalar("factor"), e.Message); }
            var source = entry.Text("source");
            foreach (var name in entry.Words("aliases").Prepend(symbol))
            {
                // An alias keeps its own symbol so that outputs print the unit as the report does (人, not 个).
                if (!units.TryAdd(name, new Unit(name, dimension, factor, source)))
                    throw entry.Error(symbolNode, $"The unit '{name}' is defined twice.");
            }
        }
        return new UnitCatalog(units);
    }

    /// <summary>The unit for a symbol, or null when unknown.</summary>
    public Unit? Find(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (units.TryGetValue(symbol, out var unit)) return unit;
        if (derived.TryGetValue(symbol, out unit)) return unit;
        return derived.GetOrAdd(symbol, Derive(symbol));
    }

    private Unit? Derive(string symbol)
    {
        foreach (var (prefix, multiplier) in Prefixes)
        {
            if (symbol.Length > prefix.Length && symbol.StartsWith(prefix, StringComparison.Ordinal) && Find(symbol[prefix.Length..]) is { } inner)
                return new Unit(symbol, inner.Dimension, inner.Factor.Times(Rational.Of(multiplier)), inner.Source);
        }
        var slash = symbol.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && Find(symbol[..slash]) is { } top && Find(symbol[(slash + 1)..]) is { } bottom)
            return top.Over(bottom);
        return null;
    }

    /// <summary>The unit for a symbol; <see cref="KeyNotFoundException"/> when unknown.</summary>
    public Unit Get(string symbol) => Find(symbol) ?? throw new KeyNotFoundException($"The unit '{symbol}' is not in the unit catalogue.");

    /// <summary>Converts an interval between units of one dimension; <see cref="InvalidOperationException"/> across dimensions.</summary>
    public Interval Convert(Interval value, string fromUnit, string toUnit) => Convert(value, Get(fromUnit), Get(toUnit));

    public static Interval Convert(Interval value, Unit from, Unit to)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!from.IsCompatibleWith(to))
            throw new InvalidOperationException($"Cannot convert {from.Symbol} ({from.Dimension}) to {to.Symbol} ({to.Dimension}).");
        var ratio = from.Factor.Over(to.Factor);
        // Multiply before dividing so that exact ratios (公顷 → 亩 = ×15) stay exact.
        return ratio.Denominator == 1m ? value * ratio.Numerator : value * ratio.Numerator / ratio.Denominator;
    }
}
