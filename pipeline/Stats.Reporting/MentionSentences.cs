using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Reporting;

/// <summary>The sentence of each mention by mention id, sliced from the report by the span mentions.csv records.</summary>
public static class MentionSentences
{
    public static IReadOnlyDictionary<int, string> Of(IReadOnlyList<Mention> mentions, ReportText report)
    {
        var byId = new Dictionary<int, string>();
        foreach (var m in mentions)
            if (m.Sentence.End <= report.Content.Length) byId.TryAdd(m.Id, report.Slice(m.Sentence));
        return byId;
    }

    /// <summary>The 1-based line and column of each mention's sentence start, by mention id, for the quotes' citations.</summary>
    public static IReadOnlyDictionary<int, (int Line, int Column)> PositionsOf(IReadOnlyList<Mention> mentions, ReportText report)
    {
        var byId = new Dictionary<int, (int Line, int Column)>();
        foreach (var m in mentions)
            if (m.Sentence.End <= report.Content.Length) byId.TryAdd(m.Id, report.Position(m.Sentence.Start));
        return byId;
    }
}
