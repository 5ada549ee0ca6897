using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// The GRIM test's arithmetic: whether a printed percentage can be k/N for integers, and how often a random printed value
/// of the same precision would fail (the check's power).
/// </summary>
public static class Granularity
{
    /// <summary>Whether some integer k ≥ 0 gives k/N·100 within <paramref name="percent"/>.</summary>
    public static bool ReachableWithDenominator(Interval percent, long denominator)
    {
        if (denominator <= 0 || percent.Lower is null || percent.Upper is null) return true;
        var scaled = percent * (denominator / 100m);
        return HasInteger(scaled);
    }

    /// <summary>Whether some integer N ≥ k gives k/N·100 within <paramref name="percent"/> (percentages ≤ 100 only).</summary>
    public static bool ReachableWithNumerator(Interval percent, long numerator)
    {
        if (numerator <= 0 || percent.Lower is not { } lower || percent.Upper is not { } upper || lower <= 0m) return true;
        // k/N·100 ∈ percent ⇔ N ∈ k·100 / percent, with the interval's ends swapped and their closedness kept.
        var n = Interval.Point(numerator * 100m) / percent;
        return HasInteger(n);
    }

    /// <summary>The most printed values <see cref="Power"/> tries; beyond it, it samples that many.</summary>
    public const int MaxSampled = 4001;

    /// <summary>
    /// The share of printed values with <paramref name="decimals"/> decimals in [0, 100] that no interpretation reaches:
    /// the probability that a random value would have failed. Exact up to <see cref="MaxSampled"/> printed values (one
    /// decimal); with more, an estimate from a golden-ratio (Weyl) sequence of that many, which does not alias with round
    /// counts the way evenly spaced values do: within about ±0.02, and the same on every run.
    /// </summary>
    public static decimal Power(int decimals, Func<Interval, bool> reachable)
    {
        var step = 1m;
        for (var i = 0; i < decimals; i++) step /= 10m;
        var count = (long)(100m / step) + 1;
        IEnumerable<long> indices = count <= MaxSampled
            ? Enumerable.Range(0, (int)count).Select(i => (long)i)
            : Enumerable.Range(1, MaxSampled).Select(i => (long)(Fraction(i * GoldenRatioConjugate) * count));
        var total = 0;
        var failing = 0;
        foreach (var index in indices)
        {
            total++;
            if (!reachable(Interval.Rounded(index * step, decimals))) failing++;
        }
        return (decimal)failing / total;
    }

    private const decimal GoldenRatioConjugate = 0.6180339887498948482045868344m;

    private static decimal Fraction(decimal x) => x - decimal.Floor(x);

    private static bool HasInteger(Interval interval)
    {
        var lower = interval.Lower!.Value;
        var candidate = decimal.Ceiling(lower);
        if (candidate == lower && !interval.LowerClosed) candidate += 1m;
        return interval.Contains(candidate);
    }
}
