using Stats.Core.Checks.Generic;
using Stats.Core.Intervals;

namespace Stats.Tests.Core.Checks;

public class GranularityPowerTests
{
    /// <summary>The power by brute force over every printed value: the reference the estimate is held to.</summary>
    private static decimal ExactPower(int decimals, Func<Interval, bool> reachable)
    {
        var step = 1m;
        for (var i = 0; i < decimals; i++) step /= 10m;
        int total = 0, failing = 0;
        for (var v = 0m; v <= 100m; v += step)
        {
            total++;
            if (!reachable(Interval.Rounded(v, decimals))) failing++;
        }
        return (decimal)failing / total;
    }

    private static Func<Interval, bool> CountOf(long n) => percent =>
        Granularity.ReachableWithDenominator(percent, n) || (percent.Upper <= 100m && Granularity.ReachableWithNumerator(percent, n));

    [TestCase(30, 1)]
    [TestCase(281, 1)]
    public void With_one_decimal_the_power_is_exact(long count, int decimals)
    {
        Assert.That(Granularity.Power(decimals, CountOf(count)), Is.EqualTo(ExactPower(decimals, CountOf(count))));
    }

    [TestCase(95, 2)]
    [TestCase(476, 2)]
    [TestCase(1000, 2)]
    [TestCase(2500, 3)]
    [TestCase(5000, 3)]
    public void With_more_decimals_the_estimated_power_is_within_two_hundredths_even_for_round_counts(long count, int decimals)
    {
        Assert.That(Granularity.Power(decimals, CountOf(count)), Is.EqualTo(ExactPower(decimals, CountOf(count))).Within(0.02m));
    }

    private static IEnumerable<TestCaseData> CountSets()
    {
        int[] decimals = [0, 1, 2, 3];
        long[][] fixedSets = [[1], [3], [7], [30], [281], [125, 375], [2000], [999, 1001], [63, 21, 9], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [123456789]];
        foreach (var d in decimals)
            foreach (var set in fixedSets)
                yield return new TestCaseData(d, set).SetArgDisplayNames(d.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join("_", set));
        var random = new Random(17);
        for (var i = 0; i < 24; i++)
        {
            var set = Enumerable.Range(0, random.Next(1, 4)).Select(_ => (long)random.Next(1, 20000)).Distinct().ToArray();
            var d = random.Next(0, 4);
            yield return new TestCaseData(d, set).SetArgDisplayNames(d.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join("_", set));
        }
    }

    [TestCaseSource(nameof(CountSets))]
    public void The_power_in_integers_is_the_power_of_the_interval_sweep(int decimals, long[] counts)
    {
        Assert.That(Granularity.PowerOfCounts(decimals, counts), Is.EqualTo(Granularity.Power(decimals, p => Granularity.ReachableWithAnyCount(p, counts))));
    }

    [Test]
    public void A_rate_reachable_as_k_over_n_is_reachable()
    {
        Assert.That(Granularity.ReachableWithDenominator(Interval.Rounded(96.8m, 1), 281), Is.True, "272/281 = 96.797%");
        Assert.That(Granularity.ReachableWithDenominator(Interval.Rounded(95.0m, 1), 30), Is.False);
        Assert.That(Granularity.ReachableWithNumerator(Interval.Rounded(95.0m, 1), 30), Is.False, "30/31 = 96.8%, 30/32 = 93.8%");
        Assert.That(Granularity.ReachableWithNumerator(Interval.Rounded(96.7m, 1), 290), Is.True, "290/300 = 96.67%");
    }
}
