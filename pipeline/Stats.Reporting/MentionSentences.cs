using Microsoft.Data.Analysis;

namespace Stats.Reporting;

/// <summary>The sentence column of mentions.csv by mention id: the Mention record keeps only the sentence's span.</summary>
public static class MentionSentences
{
    public static IReadOnlyDictionary<int, string> FromMentionTable(DataFrame frame)
    {
        var ids = frame.Columns["id"];
        var sentences = frame.Columns["sentence"];
        var byId = new Dictionary<int, string>();
        for (long i = 0; i < frame.Rows.Count; i++)
            if (ids[i] is int id) byId.TryAdd(id, (string?)sentences[i] ?? "");
        return byId;
    }
}
