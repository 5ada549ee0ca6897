using System.Collections;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A list with a few of its items replaced, read through instead of copied: a diagnosis scenario changes one or two of a
/// report's few hundred mentions, and it builds a thousand scenarios.
/// </summary>
internal sealed class ReplacedList<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> items;
    // The replaced indices, ascending, and their new items: one or two, so a linear search beats a dictionary.
    private readonly int[] indices;
    private readonly T[] replacements;

    public ReplacedList(IReadOnlyList<T> items, IEnumerable<(int Index, T Item)> replaced)
    {
        this.items = items;
        var list = replaced.ToList();
        indices = new int[list.Count];
        replacements = new T[list.Count];
        for (var i = 0; i < list.Count; i++) (indices[i], replacements[i]) = list[i];
        Array.Sort(indices, replacements);
    }

    public T this[int index]
    {
        get
        {
            var at = Array.IndexOf(indices, index);
            return at < 0 ? items[index] : replacements[at];
        }
    }

    public int Count => items.Count;

    public IEnumerator<T> GetEnumerator()
    {
        var next = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (next < indices.Length && indices[next] == i) yield return replacements[next++];
            else yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
