using System.Text.RegularExpressions;

namespace Stats.Core.Extraction;

/// <summary>
/// Finds the number-bearing texts that are never figures — identifiers, quoted names, times, dates, years, ordinals,
/// enumerators and heading markers — and claims idioms whose numerals are not quantities. It runs before the figure
/// grammar, in priority order, so that a year or a telephone number can never be read as a figure.
/// </summary>
internal static partial class NonFigureGrammar
{
    private const string D = "[0-9０-９]";

    /// <summary>Spaces a PDF text layer leaves between the parts of a date (2024 年 3 月 15 日).</summary>
    private const string S = @"[ \u3000\u00A0]{0,2}";

    /// <summary>Dashes and words that join the ends of a range of years or months (2021-2025年, 1—11月, 1至4月).</summary>
    private const string RangeMark = "[-—–~～至到]";

    /// <summary>Idioms and set phrases whose numerals count nothing; claimed silently.</summary>
    private static readonly string[] Idioms =
    [
        "一年来", "一体化", "一事一议", "第一时间", "一抓到底", "一路", "一次性", "一般", "一致", "一体",
        "十分", "万分", "千万", "万万", "千方百计", "万无一失", "三番五次", "三令五申", "四面八方", "五湖四海",
        "七上八下", "千家万户", "万众一心", "一五一十", "百花齐放", "百尺竿头", "三五成群", "九牛一毛", "五花八门",
        "乱七八糟", "一分为二", "四分五裂", "千千万万", "成千上万", "数以万计", "百姓", "百分百",
        "第一产业", "第二产业", "第三产业", "一产", "二产", "三产",
    ];

    /// <summary>Unquoted names that read like counts (八项规定 is a regulation, not eight items).</summary>
    private static readonly string[] Names = ["八项规定", "一号文件", "两学一做", "三次产业"];

    /// <summary>Quote pairs whose contents, when they hold a numeral, are names or slogans (“1043”工作法, 《…》).</summary>
    private static readonly (char Open, char Close)[] Quotes = [('“', '”'), ('《', '》'), ('「', '」'), ('『', '』'), ('‘', '’')];

    /// <summary>Longer quotations are speech that may hold real figures; only short ones are taken as names.</summary>
    private const int LongestQuotedName = 30;

    public static void Find(string text, ClaimMap claims, List<Candidate> found)
    {
        void Add(int start, int end, MentionKind kind)
        {
            if (claims.TryClaim(start, end)) found.Add(new Candidate(start, end, kind));
        }

        foreach (Match m in Email().Matches(text)) if (HasDigit(m.Value)) Add(m.Index, m.Index + m.Length, MentionKind.Identifier);
        foreach (Match m in Url().Matches(text)) if (HasDigit(m.Value)) Add(m.Index, m.Index + m.Length, MentionKind.Identifier);
        foreach (Match m in RegistrationNumber().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Identifier);
        foreach (Match m in Telephone().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Identifier);
        foreach (Match m in LabelledCode().Matches(text))
        {
            var g = m.Groups["code"];
            Add(g.Index, g.Index + g.Length, MentionKind.Identifier);
        }

        FindQuotedNames(text, Add);
        foreach (Match m in PageMarker().Matches(text))
        {
            var g = m.Groups["marker"];
            Add(g.Index, g.Index + g.Length, MentionKind.Identifier);
        }
        foreach (Match m in FigureOrTableNumber().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Identifier);
        foreach (Match m in FootnoteMarker().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Ordinal);

        foreach (Match m in TimeOfDay().Matches(text))
        {
            // h:mm alone is ambiguous with a ratio (3:2, 1:10): it is a time only with seconds, after a date, or
            // next to a word of time (于, 下午, 前, 召开).
            if (m.Groups["s"].Success || LooksLikeClockTime(text, m.Index, m.Index + m.Length)) Add(m.Index, m.Index + m.Length, MentionKind.Time);
        }
        foreach (Match m in NumericDate().Matches(text))
        {
            if (IsValidDate(m, requireYear: true)) Add(m.Index, m.Index + m.Length, MentionKind.Date);
        }
        foreach (Match m in ChineseDate().Matches(text))
        {
            if (IsValidDate(m, requireYear: false) && (!m.Groups["m2"].Success || ToInt(m.Groups["m2"].Value) is >= 1 and <= 12))
                Add(m.Index, m.Index + m.Length, MentionKind.Date);
        }
        foreach (Match m in Quarter().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Date);
        foreach (Match m in YearEnd().Matches(text))
        {
            if (IsYear(m.Groups["y"].Value)) Add(m.Index, m.Index + m.Length, MentionKind.Date);
        }
        foreach (Match m in Year().Matches(text))
        {
            if (IsYear(m.Groups["y"].Value) && (!m.Groups["y2"].Success || IsYear(m.Groups["y2"].Value)))
            {
                Add(m.Index, m.Index + m.Length, MentionKind.Year);
            }
        }
        foreach (Match m in YearRange().Matches(text))
        {
            // 海拔1990-2100米 is a range of heights: a unit or multiplier after the range makes it one of values.
            var end = m.Index + m.Length;
            if (IsYear(m.Groups["y"].Value) && IsYear(m.Groups["y2"].Value) && UnitVocabulary.Match(text, end) is null && MultiplierVocabulary.Match(text, end) is null)
                Add(m.Index, end, MentionKind.Year);
        }
        foreach (Match m in ChineseYear().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Year);
        foreach (Match m in Session().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Name);
        foreach (Match m in NamedCampaign().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Name);

        ClaimPhrases(text, claims, Idioms, found, kind: null, skipAfterNumeral: true);
        ClaimPhrases(text, claims, Names, found, MentionKind.Name, skipAfterNumeral: false);

        foreach (Match m in Ordinal().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Ordinal);
        foreach (Match m in Enumerator().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Ordinal);
        foreach (Match m in HeadingMarker().Matches(text))
        {
            var g = m.Groups["marker"];
            Add(g.Index, g.Index + g.Length, MentionKind.Ordinal);
        }
        foreach (Match m in FiveYearPlan().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Name);
        foreach (Match m in NumberedCongressOrSet().Matches(text))
        {
            // 一大批, 一大早: a lone 一 is never a number (see FigureGrammar). After 等 the numeral counts the items just
            // listed (A、B和C等三大湖泊), which the figure grammar reads.
            if (m.Groups["n"].Value != "一" && !(m.Index > 0 && text[m.Index - 1] == '等')) Add(m.Index, m.Index + m.Length, MentionKind.Name);
        }
        foreach (Match m in PairedSlogan().Matches(text)) Add(m.Index, m.Index + m.Length, MentionKind.Name);
    }

    private const string BeforeClockTime = "于在至到从自午晚早时";
    private static readonly string[] AfterClockTime = ["前", "后", "至", "到", "开始", "召开", "举行", "结束", "-", "—", "～", "~"];

    private static bool LooksLikeClockTime(string text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\u3000') before--;
        if (before >= 0 && (ArabicNumeral.IsDigit(text[before]) || BeforeClockTime.Contains(text[before], StringComparison.Ordinal))) return true;
        return AfterClockTime.Any(word => end + word.Length <= text.Length && string.CompareOrdinal(text, end, word, 0, word.Length) == 0);
    }

    private static void FindQuotedNames(string text, Action<int, int, MentionKind> add)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var close = CloserOf(text[i]);
            if (close == '\0') continue;
            var limit = Math.Min(text.Length, i + LongestQuotedName + 2);
            for (var j = i + 1; j < limit; j++)
            {
                var c = text[j];
                // A quoted name never spans a sentence, so its mention always lies inside one.
                if (c is '\n' or '\r' or '。' or '！' or '？' or '；') break;
                if (c != close) continue;
                if (HasNumeral(text, i + 1, j)) add(i, j + 1, MentionKind.Name);
                i = j;
                break;
            }
        }
    }

    private static char CloserOf(char open)
    {
        foreach (var (o, c) in Quotes)
        {
            if (o == open) return c;
        }
        return '\0';
    }

    private static bool HasNumeral(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (ArabicNumeral.IsDigit(text[i]) || ChineseNumeral.IsNumeralChar(text[i])) return true;
        }
        return false;
    }

    private static void ClaimPhrases(string text, ClaimMap claims, string[] phrases, List<Candidate> found, MentionKind? kind, bool skipAfterNumeral)
    {
        // After a numeral an idiom's characters are a multiplier or unit: 3千万元, 1.6万分, 三十分.
        foreach (var phrase in phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            {
                if (skipAfterNumeral && at > 0 && (ArabicNumeral.IsDigit(text[at - 1]) || ChineseNumeral.IsNumeralChar(text[at - 1]))) continue;
                if (claims.TryClaim(at, at + phrase.Length) && kind is { } k) found.Add(new Candidate(at, at + phrase.Length, k));
            }
        }
    }

    private static bool HasDigit(string s) => s.Any(ArabicNumeral.IsDigit);

    private static int ToInt(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (!ArabicNumeral.IsDigit(c) || value > 100_000) return -1;
            value = value * 10 + (c <= '9' ? c - '0' : c - '０');
        }
        return digits.Length == 0 ? -1 : value;
    }

    private static bool IsYear(string digits) => ToInt(digits) is >= 1900 and <= 2100;

    private static bool IsValidDate(Match m, bool requireYear)
    {
        var y = m.Groups["y"];
        if ((requireYear || y.Success) && !IsYear(y.Value)) return false;
        if (ToInt(m.Groups["m"].Value) is < 1 or > 12) return false;
        var d = m.Groups["d"];
        return !d.Success || ToInt(d.Value) is >= 1 and <= 31;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:https?://|www\.)[A-Za-z0-9./?=&_%#:~+\-]+")]
    private static partial Regex Url();

    /// <summary>ICP and public-security filing numbers: 蒙ICP备12002112号, 蒙公网安备 15062702000137号.</summary>
    [GeneratedRegex(@"[\u4e00-\u9fff]?(?:ICP[备证]|公网安备)[ \u3000]*" + D + @"+号(?:-" + D + "+)?")]
    private static partial Regex RegistrationNumber();

    [GeneratedRegex(@"(?<![0-9０-９])[(（]?0" + D + @"{2,3}[)）]?[-－—]" + D + @"{7,8}(?![0-9０-９])")]
    private static partial Regex Telephone();

    [GeneratedRegex(@"(?:标识码|备案号|邮编|邮政编码|电话|传真|代码|编号|证号)[:：]?[ \u3000]*(?<code>" + D + @"[0-9０-９\-]*)")]
    private static partial Regex LabelledCode();

    [GeneratedRegex(@"(?<![0-9０-９.．:：])(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9](?<s>[:：][0-5][0-9])?(?![0-9０-９.．:：])")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"(?<![0-9０-９.．])(?<y>" + D + @"{4})(?<sep>[-/.．])(?<m>" + D + @"{1,2})\k<sep>(?<d>" + D + @"{1,2})(?![0-9０-９])")]
    private static partial Regex NumericDate();

    /// <summary>2023年4月20日, 4月20日, 5月底, 2023年4月, 2021年1-9月, 1—11月, 2024 年 3 月 15 日.</summary>
    [GeneratedRegex(@"(?<![0-9０-９.．])(?:(?<y>" + D + "{4})" + S + "年" + S + ")?(?<m>" + D + "{1,2})(?:" + RangeMark + "(?<m2>" + D + "{1,2}))?" + S
        + "月(?:" + S + "(?<d>" + D + "{1,2})" + S + "[日号]|底|初|末|上旬|中旬|下旬|份)?")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(?<![0-9０-９.．])(?<y>" + D + "{4})" + S + "年(?:底|初|末|上半年|下半年|[一二三四1-4]季度)")]
    private static partial Regex YearEnd();

    /// <summary>A quarter without its year (二季度, 前三季度, 一、二季度 — the 一 stands alone and is never a number anyway).</summary>
    [GeneratedRegex("(?<![第0-9０-９])前?[一二三四1-4１-４]季度")]
    private static partial Regex Quarter();

    /// <summary>2022年, 2023年度, 2021-2025年, 2023 年.</summary>
    [GeneratedRegex(@"(?<![0-9０-９.．])(?<y>" + D + "{4})(?:" + RangeMark + "(?<y2>" + D + "{4}))?" + S + "年度?")]
    private static partial Regex Year();

    /// <summary>A range of years without 年, as in chart captions (2016-2020产业结构).</summary>
    [GeneratedRegex(@"(?<![0-9０-９.．])(?<y>" + D + "{4})[-—–~～](?<y2>" + D + "{4})(?![0-9０-９.．])")]
    private static partial Regex YearRange();

    /// <summary>
    /// A congress or committee session without 第 (十二届人大三次, 十九届五中全会, 十八届历次全会, 县三届人大常委会, 省委十一届四次、
    /// 五次全会): one name, never a count of 届 or 次. A bare 三届 or 五次 without the session words stays a count.
    /// </summary>
    [GeneratedRegex("(?<![第一二三四五六七八九十])(?:[一二三四五六七八九十]{1,3}届(?:(?:全国|省|市|区|县)?(?:人大常委会|人大|人民代表大会|政协|党代会|委员会|纪委)(?:常务委员会|常委会)?"
        + "(?:[一二三四五六七八九十]{1,3}次(?:全体)?(?:会议|全会)?)?|历次全会|[一二三四五六七八九十]{1,2}中(?:全会)?|[一二三四五六七八九十]{1,3}次(?:全体)?(?:会议|全会)?)"
        + "|[一二三四五六七八九十]{1,3}(?:次|中)全会)")]
    private static partial Regex Session();

    /// <summary>
    /// Named campaigns, doctrines, phases, rankings, generations and lines that hold a numeral: 三年行动, 四件大事, 两个确立,
    /// 二期工程 (the second phase, not two periods), 世界500强, 95后, 6号线.
    /// </summary>
    [GeneratedRegex("[一二两三四五六七八九十]{1,2}(?:年行动|件大事)|两个(?:确立|确保|维护|毫不动摇|结合|务必|大局)|(?<![一二三四五六七八九十])[二三四五六七八九十]期(?=工程|项目|建设|改造|扩建)"
        + "|(?<![0-9０-９.．])(?:" + D + "{2,4}强|[0-9][05]后|" + D + "{1,2}号线)(?![0-9０-９])")]
    private static partial Regex NamedCampaign();

    /// <summary>A page marker on a line of its own, as PDF text layers keep them: — 3 —, - 12 -.</summary>
    [GeneratedRegex(@"^[ \t\u3000]*(?<marker>[—–\-－]{1,2}[ \u3000]*" + D + @"{1,4}[ \u3000]*[—–\-－]{1,2})[ \t\u3000]*$", RegexOptions.Multiline)]
    private static partial Regex PageMarker();

    /// <summary>The number of a figure or table in its caption or a reference to it: 图1, 表2, 附表1 (but not 发表1篇).</summary>
    [GeneratedRegex(@"(?:(?<![\u4e00-\u9fff])|(?<=[见如]))附?[图表][ \u3000]{0,3}" + D + @"{1,2}(?![0-9０-９.．%％])")]
    private static partial Regex FigureOrTableNumber();

    /// <summary>A footnote marker: [2], ［3］.</summary>
    [GeneratedRegex(@"[\[［]" + D + @"{1,2}[\]］]")]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"[〇零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)?")]
    private static partial Regex ChineseYear();

    /// <summary>第四届, 第三次, 第九版, 第七批, 第2名.</summary>
    [GeneratedRegex(@"第(?:[0-9０-９]+|[〇零一二两三四五六七八九十百千]+)(?:批次|季度|阶段|届|次|版|批|轮|个|名|期|条|项|章|节|部|年|号|位|代|把手|季)?")]
    private static partial Regex Ordinal();

    /// <summary>一是, 二是 at the start of a clause.</summary>
    [GeneratedRegex(@"(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,3}是")]
    private static partial Regex Enumerator();

    /// <summary>一、 (一) （一） 1、 (1) 1) at the start of a line.</summary>
    [GeneratedRegex(@"^[ \t\u3000\u00A0]*(?<marker>[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|" + D + @"{1,2}[、.．](?![0-9０-９])|[（(]?" + D + @"{1,2}[)）])", RegexOptions.Multiline)]
    private static partial Regex HeadingMarker();

    /// <summary>Numeral-word pairs are slogans even unquoted: 三区三业, 一村一品, 三个一批 (idioms such as 一事一议 are claimed before).</summary>
    [GeneratedRegex(@"[一二两三四五六七八九十][\u4e00-\u9fff][一二两三四五六七八九十][\u4e00-\u9fff]")]
    private static partial Regex PairedSlogan();

    [GeneratedRegex(@"十[一二三四五六七八九]五")]
    private static partial Regex FiveYearPlan();

    /// <summary>二十大 (a party congress), 三大机制 (a named set).</summary>
    [GeneratedRegex(@"(?<n>[一二两三四五六七八九十]{1,3})大")]
    private static partial Regex NumberedCongressOrSet();
}
