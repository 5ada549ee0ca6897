namespace Stats.Core.Units;

/// <summary>
/// A physical dimension as a product of base dimensions with integer exponents (mass/area for a yield);
/// <see cref="One"/> for pure numbers, percentages and per-mille.
/// </summary>
public sealed class UnitDimension : IEquatable<UnitDimension>
{
    /// <summary>The base dimensions a data file may name.</summary>
    public static IReadOnlyList<string> BaseNames { get; } = ["money", "mass", "area", "length", "volume", "count", "points", "time", "energy", "power", "voltage"];

    // The base names in ordinal order: a dimension's key lists its factors in this order.
    private static readonly string[] OrderedNames = BaseNames.Order(StringComparer.Ordinal).ToArray();

    // One exponent per name of OrderedNames: a yield multiplies and divides dimensions for every rule it is tested on, and
    // a fixed array combines them without the sorted dictionaries and joins an exponent map would cost.
    private readonly int[] exponents;
    private string? key;

    private UnitDimension(int[] exponents) => this.exponents = exponents;

    public static UnitDimension One { get; } = new(new int[OrderedNames.Length]);

    /// <summary>A canonical name: "mass/area", "money", "one".</summary>
    public string Key => key ??= Describe(exponents);

    public bool IsOne => Array.TrueForAll(exponents, e => e == 0);

    public static UnitDimension Base(string name)
    {
        var index = Array.IndexOf(OrderedNames, name);
        if (index < 0) throw new FormatException($"'{name}' is not a base dimension ({string.Join(", ", BaseNames)}, one).");
        var exponents = new int[OrderedNames.Length];
        exponents[index] = 1;
        return new UnitDimension(exponents);
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

    public bool Equals(UnitDimension? other) => other is not null && exponents.AsSpan().SequenceEqual(other.exponents);

    public override bool Equals(object? obj) => Equals(obj as UnitDimension);

    // Equal dimensions have equal keys; the key's hash keeps the hash as it was.
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    public override string ToString() => Key;

    private UnitDimension Combine(UnitDimension other, int sign)
    {
        var result = new int[OrderedNames.Length];
        for (var i = 0; i < result.Length; i++) result[i] = exponents[i] + sign * other.exponents[i];
        return new UnitDimension(result);
    }

    private static string Describe(int[] exponents)
    {
        static string Part(string name, int power) => power == 1 ? name : name + "^" + power.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var up = new List<string>();
        var down = new List<string>();
        for (var i = 0; i < exponents.Length; i++)
        {
            if (exponents[i] > 0) up.Add(Part(OrderedNames[i], exponents[i]));
            else if (exponents[i] < 0) down.Add(Part(OrderedNames[i], -exponents[i]));
        }
        if (up.Count == 0 && down.Count == 0) return "one";
        var top = up.Count == 0 ? "one" : string.Join("*", up);
        return down.Count == 0 ? top : top + "/" + string.Join("*", down);
    }
}
