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
}
