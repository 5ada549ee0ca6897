namespace Stats.Core.Extraction;

/// <summary>
/// Which characters of the text already belong to a mention (or to an idiom that must not be read as numbers).
/// Claiming first-come keeps mentions disjoint while every pass stays linear in the text.
/// </summary>
internal sealed class ClaimMap(int length)
{
    private readonly bool[] claimed = new bool[length];

    public bool IsClaimed(int at) => claimed[at];

    public bool IsFree(int start, int end)
    {
        if (start < 0 || end > claimed.Length || start >= end) return false;
        for (var i = start; i < end; i++)
        {
            if (claimed[i]) return false;
        }
        return true;
    }

    /// <summary>Claims [start, end) if none of it is taken; says whether it did.</summary>
    public bool TryClaim(int start, int end)
    {
        if (!IsFree(start, end)) return false;
        Array.Fill(claimed, true, start, end - start);
        return true;
    }
}
