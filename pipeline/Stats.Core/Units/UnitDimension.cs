namespace Stats.Core.Units;

/// <summary>
/// A physical dimension as a product of base dimensions with integer exponents (mass/area for a yield);
/// <see cref="One"/> for pure numbers, percentages and per-mille.
/// </summary>
public sealed class UnitDimension : IEquatable<UnitDimension>
{
    /// <summary>The base dimensions a data file may name.</summary>
    public static IReadOnlyList<string> BaseNames { get; } = ["money", "mass", "area", "length", "volume", "count", "points", "time", "energy", "power", "voltage"];

    private readonly SortedDictionary<string, int> exponents;

    private UnitDimension(SortedDictionary<string, int> exponents)
    {
        this.exponents = exponents;
        Key = exponents.Count == 0 ? "one" : Describe(exponents);
    }

    public static UnitDimension One { get; } = new(new SortedDictionary<string, int>(StringComparer.Ordinal));

    /// <summary>A canonical name: "mass/area", "money", "one".</summary>
    public string Key { get; }

    public bool IsOne => exponents.Count == 0;

    public static UnitDimension Base(string name)
    {
        if (!BaseNames.Contains(name, StringComparer.Ordinal)) throw new FormatException($"'{name}' is not a base dimension ({string.Join(", ", BaseNames)}, one).");
        return new UnitDimension(new SortedDictionary<string, int>(StringComparer.Ordinal) { [name] = 1 });
    }

    /// <summary>Reads "one", "mass", "mass/area", "money/count", "mass*length" (a tonne-kilometre).</summary>
    public static UnitDimension Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || parts.Any(p => p.Length == 0)) throw new FormatException($"'{text}' is not a dimension.");
        var numerator = parts[0] == "one" ? One : Product(parts[0], text);
        return parts.Length == 1 ? numerator : numerator.Over(Product(parts[1], text));
    }

    private static UnitDimension Product(string part, string whole)
    {
        var factors = part.Split('*', StringSplitOptions.TrimEntries);
        if (factors.Any(f => f.Length == 0)) throw new FormatException($"'{whole}' is not a dimension.");
        return factors.Skip(1).Aggregate(Base(factors[0]), (product, name) => product.Times(Base(name)));
    }

    public UnitDimension Times(UnitDimension other) => Combine(other, +1);

    public UnitDimension Over(UnitDimension other) => Combine(other, -1);

    public bool Equals(UnitDimension? other) => other is not null && other.Key == Key;

    public override bool Equals(object? obj) => Equals(obj as UnitDimension);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    public override string ToString() => Key;

    private UnitDimension Combine(UnitDimension other, int sign)
    {
        var result = new SortedDictionary<string, int>(exponents, StringComparer.Ordinal);
        foreach (var (name, power) in other.exponents)
        {
            var sum = (result.TryGetValue(name, out var p) ? p : 0) + sign * power;
            if (sum == 0) result.Remove(name);
            else result[name] = sum;
        }
        return new UnitDimension(result);
    }

    private static string Describe(SortedDictionary<string, int> exponents)
    {
        static string Part(string name, int power) => power == 1 ? name : name + "^" + power.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var up = exponents.Where(e => e.Value > 0).Select(e => Part(e.Key, e.Value)).ToList();
        var down = exponents.Where(e => e.Value < 0).Select(e => Part(e.Key, -e.Value)).ToList();
        var top = up.Count == 0 ? "one" : string.Join("*", up);
        return down.Count == 0 ? top : top + "/" + string.Join("*", down);
    }
}
