namespace Stats.Synthetic;

/// <summary>
/// Whether a printed percentage can be k/N with one of the stated counts as N or as k (the GRIM question), worked out
/// here independently of the pipeline's check so that a planted unreachable rate is unreachable by construction.
/// </summary>
internal static class RateGranularity
{
    /// <summary>Whether some integer k/N lies within the printed rate, its rounding widened by <paramref name="slack"/> either side.</summary>
    public static bool IsReachable(string numeral, IReadOnlyList<long> counts, decimal slack)
    {
        var centre = PrintedNumber.Parse(numeral);
        var half = PrintedNumber.HalfUnit(PrintedNumber.DecimalsOf(numeral)) + slack;
        var (lower, upper) = (centre - half, centre + half);
        foreach (var count in counts)
        {
            // count as N: some integer k in [N·lower/100, N·upper/100].
            if (decimal.Ceiling(count * lower / 100m) <= count * upper / 100m) return true;
            // count as k: some integer N in [100k/upper, 100k/lower].
            if (lower > 0m && decimal.Ceiling(100m * count / upper) <= 100m * count / lower) return true;
        }
        return false;
    }
}
