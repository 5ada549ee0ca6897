using System.Text.RegularExpressions;

namespace Stats.Core.Extraction;

/// <summary>
/// The words that say what a figure counts: the clause text before the number with leading time phrases and adverbs
/// (累计, 全年, 截至目前, 2023年) and trailing verbs (达到, 预计完成, 为) stripped, so that 累计完成固定资产投资1.28亿元
/// gives 固定资产投资. Nouns such as 新增 stay: they are part of what is counted.
/// </summary>
internal static partial class SubjectPhrase
{
    private static readonly string[] Leading =
    [
        "截至目前", "截至年底", "截至", "目前", "累计", "全年", "全镇", "全旗", "我镇", "共有", "共计", "其中", "力争到",
        "力争", "争取", "计划", "预计", "确保", "完成", "实现", "同比", "今年", "年内", "现已", "已经", "先后", "拟", "已",
        "共", "均", "到", "以来", "前", "后",
    ];

    private static readonly string[] Trailing =
    [
        "预计完成", "分别达到", "分别为", "达到了", "达到", "完成", "实现", "共计", "总计", "累计", "合计", "约为", "分别",
        "为", "达", "均", "已", "共", "有", "是", "至", "的",
    ];

    private const int LongestSubject = 24;

    /// <summary>The subject in text[from, to), or "" when nothing but time words and verbs is there.</summary>
    public static string Between(string text, int from, int to)
    {
        if (to <= from) return "";
        var phrase = text[from..to];
        string before;
        do
        {
            before = phrase;
            // A table's cell borders (| 生产总值 |) and a label's colon (其中:第一产业) are not words of the subject.
            phrase = phrase.Trim().Trim('、', '和', '及', '与', '(', '（', '“', '”', ' ', '\u3000', '|', ':', '：');
            // A closing parenthesis stays when it closes one of the phrase's own (地区生产总值(GDP)).
            phrase = phrase.TrimStart(')', '）');
            if (phrase.EndsWith(')') && !phrase.Contains('(')) phrase = phrase.TrimEnd(')');
            if (phrase.EndsWith('）') && !phrase.Contains('（')) phrase = phrase.TrimEnd('）');
            phrase = LeadingDate().Replace(phrase, "");
            foreach (var word in Leading)
            {
                if (phrase.StartsWith(word, StringComparison.Ordinal)) phrase = phrase[word.Length..];
            }
            foreach (var word in Trailing)
            {
                if (phrase.EndsWith(word, StringComparison.Ordinal)) phrase = phrase[..^word.Length];
            }
        }
        while (phrase != before && phrase.Length > 0);
        return phrase.Length > LongestSubject ? phrase[^LongestSubject..] : phrase;
    }

    [GeneratedRegex(@"^[0-9０-９]{4}年(?:度|底|末|初)?")]
    private static partial Regex LeadingDate();
}
