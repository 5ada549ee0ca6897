namespace Stats.Core.Units;

/// <summary>A unit of measure: its symbol, its dimension and its exact factor to the dimension's base unit.</summary>
public sealed record Unit
{
    public Unit(string symbol, UnitDimension dimension, Rational factor, string source = "")
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(source);
        Symbol = symbol;
        Dimension = dimension;
        Factor = factor;
        Source = source;
    }

    /// <summary>The unit as printed (吨, kg/亩, %); empty for a pure number.</summary>
    public string Symbol { get; }

    public UnitDimension Dimension { get; }

    /// <summary>How many base units one of this unit is (亩: 10000/15 m²).</summary>
    public Rational Factor { get; }

    /// <summary>Where the factor comes from.</summary>
    public string Source { get; }

    /// <summary>The unit of pure numbers.</summary>
    public static Unit None { get; } = new("", UnitDimension.One, Rational.One);

    /// <summary>Percent: a pure number worth one hundredth.</summary>
    public static Unit Percent { get; } = new("%", UnitDimension.One, new Rational(1m, 100m));

    public bool IsCompatibleWith(Unit other) => Dimension.Equals(other.Dimension);

    /// <summary>The unit of a product (no symbol simplification: 吨*公顷).</summary>
    public Unit Times(Unit other) => new(Compose(Symbol, "*", other.Symbol), Dimension.Times(other.Dimension), Factor.Times(other.Factor));

    /// <summary>The unit of a quotient (吨/公顷).</summary>
    public Unit Over(Unit other) => new(Compose(Symbol, "/", other.Symbol), Dimension.Over(other.Dimension), Factor.Over(other.Factor));

    public override string ToString() => Symbol;

    private static string Compose(string a, string op, string b) =>
        b.Length == 0 ? a : a.Length == 0 ? (op == "/" ? "1/" + b : b) : a + op + b;
}
