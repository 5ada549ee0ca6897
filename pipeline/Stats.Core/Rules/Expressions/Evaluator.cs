using System.Globalization;
using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.References;
using Stats.Core.Units;

namespace Stats.Core.Rules.Expressions;

/// <summary>
/// Evaluates expressions over intervals with units for one set of figure values. Division by an interval touching zero,
/// like a missing figure, raises <see cref="NotEvaluableException"/> with the quotient's reason; mixing dimensions raises
/// <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class Evaluator
{
    private readonly IReadOnlyDictionary<string, Figure> figures;
    private readonly ReferenceSet references;
    private readonly UnitCatalog units;
    private readonly IReadOnlyDictionary<string, Expression> definitions;
    private readonly Dictionary<string, Quantity> definitionValues = new(StringComparer.Ordinal);
    private readonly List<string> used = [];
    private int depth;

    public Evaluator(IReadOnlyDictionary<string, Figure> figures, ReferenceSet references, UnitCatalog units, IReadOnlyDictionary<string, Expression> definitions)
    {
        this.figures = figures ?? throw new ArgumentNullException(nameof(figures));
        this.references = references ?? throw new ArgumentNullException(nameof(references));
        this.units = units ?? throw new ArgumentNullException(nameof(units));
        this.definitions = definitions ?? throw new ArgumentNullException(nameof(definitions));
    }

    /// <summary>The figure ids read since the last <see cref="ForgetUsedFigures"/>, in order of first use.</summary>
    public IReadOnlyList<string> UsedFigures => used;

    public void ForgetUsedFigures() => used.Clear();

    /// <summary>
    /// The value of an expression. A parsed rule set nests at most <see cref="ExpressionParser.MaxDepth"/> levels with its
    /// definitions expanded; a deeper tree built by hand raises <see cref="InvalidOperationException"/> instead of exhausting the stack.
    /// </summary>
    public Quantity Evaluate(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (depth >= ExpressionParser.MaxDepth)
            throw new InvalidOperationException($"The expression nests deeper than {ExpressionParser.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels.");
        depth++;
        try
        {
            return Value(expression);
        }
        finally
        {
            depth--;
        }
    }

    private Quantity Value(Expression expression) => expression switch
    {
        NumberLiteral n => new Quantity(Interval.Point(n.Value), units.Get(n.Unit)),
        Name name => Lookup(name),
        Negation neg => Negate(Evaluate(neg.Operand)),
        Arithmetic a => Arithmetic(a.Operator, Evaluate(a.Left), Evaluate(a.Right)),
        Call call => Call(call),
        _ => throw new InvalidOperationException($"A {expression.GetType().Name} has no value."),
    };

    /// <summary>Whether a comparison or membership holds for some values within the intervals, with both sides in the left side's unit.</summary>
    public Outcome Decide(Expression rule)
    {
        switch (rule)
        {
            case Comparison c:
            {
                var left = Evaluate(c.Left);
                var right = Same(left, Evaluate(c.Right), c.Operator);
                var (l, r) = (left.Value, right.Value);
                var holds = c.Operator switch
                {
                    "==" => l.Meets(r),
                    "<=" => Interval.PossiblyAtMost(l, r),
                    ">=" => Interval.PossiblyAtMost(r, l),
                    "<" => Interval.PossiblyLessThan(l, r),
                    ">" => Interval.PossiblyLessThan(r, l),
                    _ => throw new InvalidOperationException($"Unknown comparison '{c.Operator}'."),
                };
                return new Outcome(holds, l, r, left.Unit);
            }
            case Membership m:
            {
                var value = Evaluate(m.Value);
                var low = Same(value, Evaluate(m.Low), "in");
                Interval band;
                if (m.High is null) band = low.Value;
                else
                {
                    var high = Same(value, Evaluate(m.High), "in");
                    if (low.Value.Lower is { } lo && high.Value.Upper is { } hi && lo > hi)
                        throw new InvalidOperationException($"The range [{Interval.Show(lo)}, {Interval.Show(hi)}] is empty.");
                    band = Interval.Of(low.Value.Lower, low.Value.LowerClosed, high.Value.Upper, high.Value.UpperClosed);
                }
                return new Outcome(value.Value.Meets(band), value.Value, band, value.Unit);
            }
            default:
                throw new InvalidOperationException("A rule must be a comparison or a membership test.");
        }
    }

    private static Quantity Negate(Quantity x) => new(-x.Value, x.Unit);

    private Quantity Lookup(Name name)
    {
        if (name.IsReference)
        {
            var reference = references.Find(name.ReferenceId) ?? throw new NotEvaluableException($"the reference '{name.Id}' is not defined");
            return new Quantity(reference.Value, units.Get(reference.Unit));
        }
        if (definitions.TryGetValue(name.Id, out var definition))
        {
            if (!definitionValues.TryGetValue(name.Id, out var value))
            {
                value = Evaluate(definition);
                definitionValues[name.Id] = value;
            }
            else
            {
                // A cached definition still uses its figures.
                Remember(definition);
            }
            return value;
        }
        var figure = Figure(name);
        return new Quantity(figure.Value, units.Get(figure.Unit));
    }

    private Figure Figure(Name name)
    {
        if (!figures.TryGetValue(name.Id, out var figure)) throw new NotEvaluableException($"the figure '{name.Id}' was not found");
        if (!used.Contains(name.Id, StringComparer.Ordinal)) used.Add(name.Id);
        return figure;
    }

    private void Remember(Expression expression)
    {
        switch (expression)
        {
            case Name n when definitions.TryGetValue(n.Id, out var d): Remember(d); break;
            case Name { IsReference: false } n when figures.ContainsKey(n.Id): if (!used.Contains(n.Id, StringComparer.Ordinal)) used.Add(n.Id); break;
            case Negation neg: Remember(neg.Operand); break;
            case Arithmetic a: Remember(a.Left); Remember(a.Right); break;
            case Call c: foreach (var arg in c.Arguments) Remember(arg); break;
        }
    }

    // A divisor that may be zero makes the rule not evaluable, with the quotient's own reason.
    private static Interval Divided(Interval a, Interval b) =>
        Interval.Divide(a, b) is { Value: { } q } ? q : throw new NotEvaluableException(Interval.Divide(a, b).Reason);

    private static Quantity Arithmetic(char op, Quantity left, Quantity right) => op switch
    {
        '+' => new Quantity(left.Value + Same(left, right, "+").Value, left.Unit),
        '-' => new Quantity(left.Value - Same(left, right, "-").Value, left.Unit),
        '*' => new Quantity(left.Value * right.Value, left.Unit.Times(right.Unit)),
        '/' => new Quantity(Divided(left.Value, right.Value), left.Unit.Over(right.Unit)),
        _ => throw new InvalidOperationException($"Unknown operator '{op}'."),
    };

    private Quantity Call(Call call)
    {
        var args = call.Arguments;
        switch (call.Function)
        {
            case "sum":
                return args.Select(Evaluate).Aggregate((a, b) => Arithmetic('+', a, b));
            case "min":
                return args.Select(Evaluate).Aggregate((a, b) => new Quantity(Interval.Min(a.Value, Same(a, b, "min").Value), a.Unit));
            case "max":
                return args.Select(Evaluate).Aggregate((a, b) => new Quantity(Interval.Max(a.Value, Same(a, b, "max").Value), a.Unit));
            case "abs":
            {
                var x = Evaluate(args[0]);
                return new Quantity(x.Value.Abs(), x.Unit);
            }
            case "convert":
                return Evaluate(args[0]).In(units.Get(((UnitLiteral)args[1]).Unit));
            case "base":
            {
                // The base-year level implied by a growth rate: level / (1 + g/100).
                var level = Evaluate(args[0]);
                var rate = Evaluate(args[1]);
                if (!rate.Unit.Dimension.IsOne) throw new InvalidOperationException($"base needs a growth rate, not a value in {rate.Unit.Symbol}.");
                return new Quantity(Divided(level.Value, rate.In(Unit.None).Value + 1m), level.Unit);
            }
            case "growth":
            {
                // (now / before − 1) · 100, in percent.
                var now = Evaluate(args[0]);
                var before = Same(now, Evaluate(args[1]), "growth");
                return new Quantity((Divided(now.Value, before.Value) - 1m) * 100m, units.Find("%") ?? Unit.Percent);
            }
            case "share":
            {
                // part / total · 100, in percent.
                var part = Evaluate(args[0]);
                var total = Same(part, Evaluate(args[1]), "share");
                return new Quantity(Divided(part.Value, total.Value) * 100m, units.Find("%") ?? Unit.Percent);
            }
            case "printed":
            {
                // The figure's print alone, without its qualifier: 3.5万亩以上 → [3.45, 3.55)万亩.
                var figure = Figure((Name)args[0]);
                return new Quantity(figure.Printed, units.Get(figure.Unit));
            }
            default:
                throw new InvalidOperationException($"Unknown function '{call.Function}'.");
        }
    }

    private static Quantity Same(Quantity left, Quantity right, string operation) =>
        left.Unit.IsCompatibleWith(right.Unit)
            ? right.In(left.Unit)
            : throw new InvalidOperationException(
                $"'{operation}' needs values of one dimension, not {Describe(left.Unit)} and {Describe(right.Unit)}.");

    private static string Describe(Unit unit) => unit.Symbol.Length == 0 ? "a pure number" : $"{unit.Symbol} ({unit.Dimension})";
}
