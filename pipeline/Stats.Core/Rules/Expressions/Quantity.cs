using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Units;

namespace Stats.Core.Rules.Expressions;

/// <summary>A value of an expression: the interval of possible values in a unit, which carries the dimension.</summary>
public sealed record Quantity
{
    public Quantity(Interval value, Unit unit)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
    }

    public Interval Value { get; }

    public Unit Unit { get; }

    /// <summary>The same quantity in another unit of the same dimension; <see cref="InvalidOperationException"/> otherwise.</summary>
    public Quantity In(Unit unit) => unit.Symbol == Unit.Symbol && unit.Factor == Unit.Factor ? this : new(UnitCatalog.Convert(Value, Unit, unit), unit);
}
