using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A total and the parts a report lists under "其中" (X，其中 A、B、C): all levels of one unit. <see cref="Partition"/> is set
/// when the parts' subjects cover a known exhaustive partition (tax and non-tax revenue, the three industries), so they
/// must add up to the total rather than merely stay below it.
/// </summary>
public sealed record Breakdown(Mention Total, IReadOnlyList<Mention> Parts, Partition? Partition)
{
    private const string Marker = "其中";

    public bool IsExhaustive => Partition is not null;

    /// <summary>Finds every breakdown of a report: one per "其中" that follows a level and precedes levels of the same unit.</summary>
    public static IReadOnlyList<Breakdown> FindAll(CheckInput input, IReadOnlyList<Partition> partitions)
    {
        var text = input.Report.Content;
        var levels = input.Figures.Where(IsLevel).ToList();
        var found = new List<Breakdown>();
        for (var at = text.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal))
        {
            var total = levels.LastOrDefault(m => m.Span.End <= at && SameParagraph(text, m.Span.End, at) && !EndsSentenceBetween(text, m.Span.End, at));
            if (total is null) continue;
            var sentenceEnd = SentenceEnd(text, at);
            var parts = levels
                .Where(m => m.Span.Start > at && m.Span.End <= sentenceEnd && m.Unit == total.Unit && m.Dimension == total.Dimension)
                .ToList();
            if (parts.Count == 0) continue;
            found.Add(new Breakdown(total, parts, input.NotExhaustive.Contains(total.Id) ? null : partitions.FirstOrDefault(p => p.Covers(parts))));
        }
        return found;
    }

    public static bool IsLevel(Mention m) =>
        m.Role == Role.Level && m.Kind is MentionKind.Amount or MentionKind.Quantity or MentionKind.Count && m.Value is not null;

    private static bool SameParagraph(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r') < 0;

    // "X。其中" is allowed: the total may end the sentence right before the marker, but no sentence may come between.
    private static bool EndsSentenceBetween(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from).TrimEnd(" \t，,:：。.!！?？;；".AsSpan());
        return between.IndexOfAny("。！？!?") >= 0;
    }

    private static int SentenceEnd(string text, int from)
    {
        var end = text.AsSpan(from).IndexOfAny("。！？!?\n\r");
        return end < 0 ? text.Length : from + end;
    }
}
