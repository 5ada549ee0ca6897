using System.Globalization;
using System.Text.RegularExpressions;
using Stats.Core.Text;

namespace Stats.Core.Extraction;

/// <summary>
/// The sentences and section headings of a report. Sentences end at 。！？；!? and at line breaks; headings are lines
/// of at most 60 characters that open with 一、 (top level) or (一)/（一） (second level), and a new top-level heading
/// clears the second level. A heading's year (2022年工作回顾 → 2022) and purpose (review or plan) hold for its section.
/// </summary>
internal sealed partial class ReportLayout
{
    private const string SentenceEnds = "。！？；!?;";
    private const int LongestHeading = 60;

    private readonly List<TextSpan> sentences = [];
    private readonly List<SectionHeading> sections = [new SectionHeading(0, "", null, SectionPurpose.Other)];

    public ReportLayout(string text)
    {
        var top = "";
        SectionHeading? topHeading = null;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            AddSentences(text, lineStart, lineEnd);

            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (line.Length is > 0 and <= LongestHeading)
            {
                var heading = line.ToString();
                if (TopHeading().IsMatch(heading))
                {
                    top = heading;
                    topHeading = Heading(lineStart, heading, heading, inherited: null);
                    sections.Add(topHeading);
                }
                else if (SubHeading().IsMatch(heading))
                {
                    var path = top.Length == 0 ? heading : top + " / " + heading;
                    sections.Add(Heading(lineStart, path, heading, topHeading));
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The sentence holding <paramref name="offset"/>.</summary>
    public TextSpan SentenceAt(int offset)
    {
        var lo = 0;
        var hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return s;
        }
        return new TextSpan(offset, offset);
    }

    /// <summary>The heading path in force at <paramref name="offset"/>.</summary>
    public SectionHeading SectionAt(int offset)
    {
        var lo = 0;
        var hi = sections.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (sections[mid].From <= offset) lo = mid;
            else hi = mid - 1;
        }
        return sections[lo];
    }

    private void AddSentences(string text, int lineStart, int lineEnd)
    {
        var start = lineStart;
        for (var i = lineStart; i <= lineEnd; i++)
        {
            var atEnd = i == lineEnd;
            if (!atEnd && !SentenceEnds.Contains(text[i], StringComparison.Ordinal)) continue;
            var end = atEnd ? i : i + 1;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            var trimmedEnd = end;
            while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1])) trimmedEnd--;
            if (trimmedEnd > start) sentences.Add(new TextSpan(start, trimmedEnd));
            start = end;
        }
    }

    private static SectionHeading Heading(int from, string path, string own, SectionHeading? inherited)
    {
        var year = YearIn(own) ?? inherited?.Year;
        // A sub-heading serves its top-level section: 聚焦重点项目 under 工作回顾 is still a review.
        var purpose = inherited is { Purpose: not SectionPurpose.Other } ? inherited.Purpose : PurposeOf(own);
        return new SectionHeading(from, path, year, purpose);
    }

    private static int? YearIn(string heading)
    {
        var m = HeadingYear().Match(heading);
        return m.Success ? int.Parse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    private static SectionPurpose PurposeOf(string heading) =>
        ReviewWords().IsMatch(heading) ? SectionPurpose.Review
        : PlanWords().IsMatch(heading) ? SectionPurpose.Plan
        : SectionPurpose.Other;

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex TopHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[)）]")]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"((?:19|20)[0-9]{2}) ?年")]
    private static partial Regex HeadingYear();

    [GeneratedRegex("回顾|总结|过去")]
    private static partial Regex ReviewWords();

    [GeneratedRegex("计划|安排|目标|打算|主要任务|工作重点|总体要求")]
    private static partial Regex PlanWords();
}
