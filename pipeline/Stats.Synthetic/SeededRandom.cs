namespace Stats.Synthetic;

/// <summary>
/// SplitMix64, written out rather than System.Random so that a seed and index give the same report on every runtime
/// version: System.Random's seeded sequence is an implementation detail.
/// </summary>
internal sealed class SeededRandom(int seed, int index)
{
    private ulong state = Mix(((ulong)(uint)seed << 32) | (uint)index);

    public ulong Next()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An integer in [min, maxExclusive).</summary>
    public int Int(int min, int maxExclusive) => min + (int)(Next() % (ulong)(maxExclusive - min));

    /// <summary>A decimal in [min, max), with 53 random bits.</summary>
    public decimal Decimal(decimal min, decimal max) => min + (max - min) * (Next() >> 11) / 9007199254740992m;

    public bool Chance(double probability) => (Next() >> 11) < probability * 9007199254740992d;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count)];
}
