using Stats.Core.Intervals;

namespace Stats.Core.Figures;

/// <summary>Widens a printed figure by the meanings of its qualifier words (docs/qualifiers.md).</summary>
public static class QualifierRanges
{
    /// <summary>
    /// The values a figure printed as <paramref name="value"/> (rounding interval <paramref name="printed"/>, last significant
    /// step <paramref name="step"/>) can take given its qualifiers. Several qualifiers must all hold; when they contradict
    /// each other the union is kept, so that a contradiction never yields a flag.
    /// </summary>
    public static Interval Apply(IReadOnlyList<Qualifier> qualifiers, Interval printed, decimal value, decimal step)
    {
        ArgumentNullException.ThrowIfNull(qualifiers);
        ArgumentNullException.ThrowIfNull(printed);
        if (qualifiers.Count == 0) return printed;
        var ranges = qualifiers.Select(q => Range(q, printed, value, step)).ToList();
        var all = ranges.Aggregate((Interval?)ranges[0], (acc, r) => acc?.Intersect(r));
        return all ?? ranges.Aggregate((a, b) => a.Hull(b));
    }

    private static Interval Range(Qualifier qualifier, Interval printed, decimal value, decimal step) => qualifier switch
    {
        // 2000余 is read as "two thousand and some": at least 2000, below the next thousand.
        Qualifier.MoreThan => Interval.HalfOpen(value, value + Math.Abs(step)),
        // 近 approaches from below; a shortfall of more than a tenth would be written differently (九成, 八千多).
        Qualifier.Nearly => Ordered(0.9m * value, value),
        // 约 marks a figure rounded to one or two significant digits or an estimate; ±10% covers rounding to two
        // significant digits (at most 5%) plus the slack of an estimate, and a flag on 约 figures should need a real gap.
        Qualifier.About => Ordered(0.9m * value, 1.1m * value).Hull(printed),
        Qualifier.AtLeast => Interval.AtLeast(value),
        Qualifier.Over => Interval.GreaterThan(value),
        Qualifier.AtMost => Interval.Of(null, false, value, true),
        Qualifier.Under => Interval.LessThan(value),
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier."),
    };

    private static Interval Ordered(decimal a, decimal b) => Interval.Closed(Math.Min(a, b), Math.Max(a, b));
}
