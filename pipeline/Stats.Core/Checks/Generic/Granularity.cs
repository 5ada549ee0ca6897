using System.Collections.Concurrent;
using System.Numerics;
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

    /// <summary>
    /// Whether <paramref name="percent"/> is reachable as k/N with one of <paramref name="counts"/> as the denominator N, or,
    /// for percentages ≤ 100, as the numerator k.
    /// </summary>
    public static bool ReachableWithAnyCount(Interval percent, IEnumerable<long> counts) => counts.Any(n =>
        ReachableWithDenominator(percent, n) || (percent.Upper <= 100m && ReachableWithNumerator(percent, n)));

    /// <summary>
    /// <see cref="Power"/> for <see cref="ReachableWithAnyCount"/>, the same value, in integer arithmetic: a printed value
    /// i/10^d stands for [2i − 1, 2i + 1) / (2·10^d), so k/N·100 lands in it when (2i − 1)·N ≤ 200·10^d·k &lt; (2i + 1)·N.
    /// The rare printed values whose interval has an end exactly at 100·k/N for a numerator k go through the decimal test,
    /// whose rounding of 1/x decides them.
    /// </summary>
    public static decimal PowerOfCounts(int decimals, IReadOnlyCollection<long> counts)
    {
        if (decimals is < 0 or > MaxIntegerDecimals) return Power(decimals, p => ReachableWithAnyCount(p, counts));
        var scale = 1L;
        for (var i = 0; i < decimals; i++) scale *= 10L;
        var twoHundredScale = 200L * scale;
        if (counts.Any(n => n <= 0 || n > long.MaxValue / (4L * twoHundredScale)))
            return Power(decimals, p => ReachableWithAnyCount(p, counts));

        var indices = PrintedIndices(decimals);
        var reached = new ulong[(indices.Length + 63) / 64];
        foreach (var n in counts)
        {
            var bits = ReachedBy(n, decimals, indices, twoHundredScale);
            for (var w = 0; w < reached.Length; w++) reached[w] |= bits[w];
        }
        var reachable = 0;
        foreach (var word in reached) reachable += BitOperations.PopCount(word);
        return (decimal)(indices.Length - reachable) / indices.Length;
    }

    // Which printed values one count reaches, one bit per value of PrintedIndices. The same counts recur across rates and
    // reports (a town's 12 villages), so a count's sweep is done once per process, not once per rate: a corpus run spent a
    // fifteenth of its time in these sweeps. Bounded, so a corpus of many reports cannot grow it without end; a count
    // beyond the bound is swept again, to the same bits.
    private static readonly ConcurrentDictionary<(int Decimals, long Count), ulong[]> Reached = new();

    private const int MaxRememberedCounts = 8192;

    private static ulong[] ReachedBy(long n, int decimals, long[] indices, long twoHundredScale)
    {
        if (Reached.TryGetValue((decimals, n), out var remembered)) return remembered;
        var bits = new ulong[(indices.Length + 63) / 64];
        for (var j = 0; j < indices.Length; j++)
            if (ReachableAtIndex(indices[j], n, decimals, twoHundredScale)) bits[j >> 6] |= 1UL << (j & 63);
        if (Reached.Count < MaxRememberedCounts) Reached.TryAdd((decimals, n), bits);
        return bits;
    }

    // Up to 12 decimals, (2i + 1)·N and 200·10^d·k stay within a long for the counts allowed above.
    private const int MaxIntegerDecimals = 12;

    private static bool ReachableAtIndex(long index, long n, int decimals, long twoHundredScale)
    {
        var low = 2L * index - 1L;
        var high = 2L * index + 1L;
        // As the denominator: the least k with 200·10^d·k ≥ (2i − 1)·N, below (2i + 1)·N.
        var least = CeilingDivide(low * n, twoHundredScale);
        if (least * twoHundredScale < high * n) return true;
        // As the numerator, for percentages up to 100: N in (200·10^d·k / (2i + 1), 200·10^d·k / (2i − 1)].
        if (high > twoHundredScale) return false;
        if (low <= 0L) return true;
        var product = n * twoHundredScale;
        if (product % high == 0L || product % low == 0L)
            return ReachableWithNumerator(Interval.Rounded(index * Step(decimals), decimals), n);
        var smallest = product / high + 1L;
        return smallest * low < product;
    }

    private static long CeilingDivide(long a, long b) => a >= 0L ? (a + b - 1L) / b : -(-a / b);

    private static decimal Step(int decimals)
    {
        var step = 1m;
        for (var i = 0; i < decimals; i++) step /= 10m;
        return step;
    }

    private static readonly ConcurrentDictionary<int, long[]> Indices = new();

    // The printed values Power tries, as multiples of the last decimal place: all of them, or the Weyl sample.
    private static long[] PrintedIndices(int decimals) => Indices.GetOrAdd(decimals, d =>
    {
        var count = (long)(100m / Step(d)) + 1;
        return count <= MaxSampled
            ? Enumerable.Range(0, (int)count).Select(i => (long)i).ToArray()
            : Enumerable.Range(1, MaxSampled).Select(i => (long)(Fraction(i * GoldenRatioConjugate) * count)).ToArray();
    });

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
