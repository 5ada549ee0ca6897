using System.Text;

namespace Stats.Core.Extraction;

/// <summary>
/// The grammar of figures: [qualifier] [-] numeral [余|多] [multiplier] [余|多] [unit[/unit]] [以上|以下|左右|以内], read
/// left to right over the characters no earlier pass has claimed, in one linear scan. A printed minus is kept (增长-2.3%);
/// a unit may be a rate per unit (元/人); up to two spaces, or the line break of wrapped prose, may stand between a number
/// and its multiplier or unit (PDF text). A bound that names a group (20万元以下欠款) is a <see cref="Threshold"/>.
/// <para>
/// The Chinese-numeral rule: a run of Chinese numerals (一…九, 两, 十百千万亿, 〇/零) is a figure only when a unit or
/// classifier follows it (十余个, 两个, 三百万元, 近万人次). It is never a figure when it stands alone or before any other
/// word (三农, 四社, 百姓), when it is a lone 一 (一批项目, 一支队伍, 发现一户: in report prose a lone 一 is the
/// indefinite article or part of an idiom, while real single counts are printed in digits, 特色村1个, 1项), when it is
/// led by 〇/零 (零件, 清零), when it is a bare 万/千/百 with no 近/约/余 to show it is a round number (万人空巷, 千家万户),
/// or when it is malformed (十四五, 七八个). Quotes (“…”, 《…》, 「…」), 第-ordinals, enumerators (一是), heading
/// markers (一、, (一)) and idioms (十分, 一年来) are claimed earlier by <see cref="NonFigureGrammar"/>.
/// </para>
/// </summary>
internal static class FigureGrammar
{
    /// <summary>Spaces allowed between a number and what follows it (98.5 %, 100 万元).</summary>
    private const int MaxGap = 2;

    private const int LongestIdentifierFreeRun = 7;

    private sealed record Tail(int End, string Inside, string After, string MultiplierWord, decimal Factor, Unit? Unit);

    public static void Find(string text, ClaimMap claims, List<Candidate> found)
    {
        var lastEnd = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (claims.IsClaimed(i))
            {
                i++;
                continue;
            }
            var c = text[i];
            var (candidate, next) = ArabicNumeral.IsDigit(c) ? ReadArabic(text, i, claims, lastEnd)
                : ChineseNumeral.IsNumeralChar(c) ? ReadChinese(text, i, claims, lastEnd)
                : (null, i + 1);
            if (candidate is not null && claims.TryClaim(candidate.Start, candidate.End))
            {
                found.Add(candidate);
                lastEnd = candidate.End;
                i = candidate.End;
            }
            else
            {
                i = Math.Max(next, i + 1);
            }
        }
    }

    private static (Candidate?, int) ReadArabic(string text, int start, ClaimMap claims, int lastEnd)
    {
        var numeral = ArabicNumeral.Read(text, start);
        if (!claims.IsFree(numeral.Start, numeral.End)) return (null, numeral.End);

        // PM_2.5 and PM_10: a subscript written with an underscore is part of the name, like PM2.5.
        var afterUnderscore = start >= 2 && text[start - 1] == '_' && IsAsciiLetterAt(text, start - 2);
        if (IsAsciiLetterAt(text, numeral.End) || afterUnderscore || (IsAsciiLetterAt(text, start - 1) && !IsFigureAfterAbbreviation(text, numeral, claims)))
        {
            var (codeStart, codeEnd) = CodeToken(text, start, claims);
            return (new Candidate(codeStart, codeEnd, MentionKind.Name), codeEnd);
        }
        if (numeral.End + 1 < text.Length && text[numeral.End] is '.' or '．' && ArabicNumeral.IsDigit(text[numeral.End + 1]))
        {
            // 1.2.3: a version or code, not a number.
            var end = numeral.End;
            while (end < text.Length && (ArabicNumeral.IsDigit(text[end]) || text[end] is '.' or '．') && !claims.IsClaimed(end)) end++;
            return (new Candidate(start, end, MentionKind.Identifier) { Number = text[start..end] }, end);
        }
        if (IsRatioSeparatorAt(text, numeral.End)) return (ReadRatio(text, numeral, claims), numeral.End);

        var signed = MinusBefore(text, start, claims, lastEnd);
        var numberStart = signed ? start - 1 : start;
        var (qualifierStart, before) = QualifierBefore(text, numberStart, claims, lastEnd);
        var tail = ReadTail(text, numeral.End, claims);

        if (tail.Unit is null && tail.MultiplierWord.Length == 0 && before.Length == 0 && numeral.Decimals == 0 && !signed
            && !HasGroupSeparator(text, start, numeral.End)
            && (numeral.Digits.Length >= LongestIdentifierFreeRun || (numeral.Digits.Length >= 3 && numeral.Digits[0] == '0')))
        {
            // Long bare digit runs and zero-led ones are codes (site ids, phone numbers), never figures; a number printed
            // with thousands separators is a quantity whatever its length (1,234,567).
            return (new Candidate(start, numeral.End, MentionKind.Identifier) { Number = numeral.Digits }, numeral.End);
        }
        var digits = signed ? "-" + numeral.Digits : numeral.Digits;
        var value = signed ? -numeral.Value : numeral.Value;
        var figure = Figure(qualifierStart, digits, value, numeral.Decimals, before, tail, 1m);
        return (Threshold.Of(text, figure, claims), tail.End);
    }

    private static (Candidate?, int) ReadChinese(string text, int start, ClaimMap claims, int lastEnd)
    {
        if (StartsWith(text, start, "百分之") || StartsWith(text, start, "千分之")) return ReadChineseRate(text, start, claims, lastEnd);

        var reading = ChineseNumeral.Read(text, start);
        var next = reading.End;
        if (StartsWith(text, reading.End, "分之"))
        {
            // 三分之一: a fraction; its numerals are not counts.
            next = reading.End + 2;
            while (next < text.Length && ChineseNumeral.IsNumeralChar(text[next])) next++;
            return (null, next);
        }
        // A run led by 〇/零 continues a word (清零, 零件); what follows it is read on its own.
        if (reading.Run[0] is '〇' or '零') return (null, start + 1);
        if (reading.Run == "一" || reading.Coefficient is null) return (null, next);
        if (!claims.IsFree(reading.Start, reading.End)) return (null, next);

        var (qualifierStart, before) = QualifierBefore(text, start, claims, lastEnd);
        if (ClosesEnumeration(text, start, reading))
        {
            // A、B和C等三大湖泊: the numeral counts the items just listed; 大 is no classifier, so the count has no unit.
            return (new Candidate(start, reading.End, MentionKind.Number)
            {
                Value = reading.Value, Number = ChineseNumeral.Digits(reading.Value!.Value),
            }, reading.End);
        }
        var tail = ReadTail(text, reading.End, claims);
        if (tail.Unit is null || tail.Unit.AfterDigitsOnly) return (null, next);
        if (reading.IsBareMultiplier && before.Length == 0 && tail.Inside.Length == 0) return (null, next);

        var digits = reading.IsBareMultiplier ? reading.Run : ChineseNumeral.Digits(reading.Coefficient.Value);
        var figure = Figure(qualifierStart, digits, reading.Coefficient, 0, before, tail, reading.Factor);
        return (Threshold.Of(text, figure, claims), tail.End);
    }

    private static bool ClosesEnumeration(string text, int start, ChineseNumeral.Reading reading) =>
        start > 0 && text[start - 1] == '等' && reading.End < text.Length && text[reading.End] == '大'
        && reading.Value is not null && !reading.IsBareMultiplier && reading.MultiplierWord.Length == 0;

    private static (Candidate?, int) ReadChineseRate(string text, int start, ClaimMap claims, int lastEnd)
    {
        var perMille = text[start] == '千';
        var at = start + 3;
        if (at >= text.Length) return (null, at);
        Numeral? numeral = null;
        if (ArabicNumeral.IsDigit(text[at]))
        {
            numeral = ArabicNumeral.Read(text, at);
        }
        else if (ChineseNumeral.IsNumeralChar(text[at]))
        {
            var reading = ChineseNumeral.Read(text, at);
            if (reading.Value is { } v) numeral = new Numeral(at, reading.End, ChineseNumeral.Digits(v), v, 0, IsChinese: true);
        }
        if (numeral is null || !claims.IsFree(start, numeral.End)) return (null, at);
        var (qualifierStart, before) = QualifierBefore(text, start, claims, lastEnd);
        var unit = perMille ? new Unit("千分之", "‰", Dimension.PerMille) : new Unit("百分之", "%", Dimension.Percent);
        var tail = new Tail(numeral.End, "", "", "", 1m, unit);
        var after = QualifierVocabulary.MatchAt(text, numeral.End, QualifierVocabulary.AfterUnit);
        if (after is not null && claims.IsFree(numeral.End, numeral.End + after.Length)) tail = tail with { End = numeral.End + after.Length, After = after };
        return (Figure(qualifierStart, numeral.Digits, numeral.Value, numeral.Decimals, before, tail, 1m), tail.End);
    }

    private static Candidate Figure(int start, string digits, decimal? number, int decimals, string before, Tail tail, decimal numeralFactor)
    {
        var factor = Magnitude.Scale(numeralFactor, tail.Factor);
        var value = number is { } n && factor is { } f ? Magnitude.Scale(n, f) : null;
        var unit = tail.Unit;
        var kind = unit?.Kind ?? MentionKind.Number;
        if (value is null)
        {
            // Beyond decimal's range: keep the text as a plain number without a value rather than guess.
            return new Candidate(start, tail.End, MentionKind.Number)
            {
                Number = digits, Decimals = decimals, Qualifier = QualifierVocabulary.Stored(before) + tail.Inside + QualifierVocabulary.Stored(tail.After),
            };
        }
        return new Candidate(start, tail.End, kind)
        {
            Value = value,
            Number = digits,
            Unit = unit?.Canonical ?? "",
            Multiplier = factor ?? 1m,
            Dimension = unit?.Dimension ?? Dimension.None,
            Qualifier = QualifierVocabulary.Stored(before) + tail.Inside + QualifierVocabulary.Stored(tail.After),
            Decimals = decimals,
        };
    }

    /// <summary>What follows a numeral: 余/多, a multiplier, 余/多 again, a unit and a trailing qualifier, each optional.</summary>
    private static Tail ReadTail(string text, int at, ClaimMap claims)
    {
        var position = at;
        var inside = new StringBuilder();
        var multiplierWord = "";
        var factor = 1m;
        Unit? unit = null;

        var q = SkipGap(text, position);
        if (QualifierVocabulary.MatchAt(text, q, QualifierVocabulary.Inside) is { } early && claims.IsFree(q, q + early.Length))
        {
            var afterEarly = SkipGap(text, q + early.Length);
            // 余/多 straight after the number only counts when a multiplier or unit confirms it (2000余万元, 100余批).
            if (MultiplierVocabulary.Match(text, afterEarly) is not null || UnitVocabulary.Match(text, afterEarly) is not null)
            {
                inside.Append(early);
                position = q + early.Length;
            }
        }

        q = SkipGap(text, position);
        if (MultiplierVocabulary.Match(text, q) is { } multiplier && claims.IsFree(q, q + multiplier.Word.Length))
        {
            multiplierWord = multiplier.Word;
            factor = multiplier.Factor;
            position = q + multiplier.Word.Length;
            if (QualifierVocabulary.MatchAt(text, position, QualifierVocabulary.Inside) is { } late && claims.IsFree(position, position + late.Length))
            {
                inside.Append(late);
                position += late.Length;
            }
        }

        q = SkipGap(text, position);
        if (UnitVocabulary.MatchRate(text, q) is { } u && claims.IsFree(q, q + u.Printed.Length))
        {
            unit = u;
            position = q + u.Printed.Length;
        }

        var after = "";
        if ((unit is not null || multiplierWord.Length > 0)
            && QualifierVocabulary.MatchAt(text, position, QualifierVocabulary.AfterUnit) is { } trailing
            && claims.IsFree(position, position + trailing.Length))
        {
            after = trailing;
            position += trailing.Length;
        }
        return new Tail(position, inside.ToString(), after, multiplierWord, factor, unit);
    }

    /// <summary>
    /// The position after up to <see cref="MaxGap"/> spaces, when something other than a digit follows them; else
    /// <paramref name="at"/>. A line break of a wrapped prose line (PDF text: 12.5 at a line's end, 亿元 on the next) is
    /// a gap too; one in a table is a cell boundary, so only lines long enough to be prose and free of cell bars wrap.
    /// </summary>
    private static int SkipGap(string text, int at)
    {
        var p = at;
        while (p < text.Length && p - at < MaxGap && text[p] is ' ' or '\u3000' or '\u00A0') p++;
        if (p < text.Length && text[p] is '\r' or '\n' && IsWrappedProse(text, at))
        {
            p += text[p] == '\r' && p + 1 < text.Length && text[p + 1] == '\n' ? 2 : 1;
            return p < text.Length && (MultiplierVocabulary.Match(text, p) is not null || UnitVocabulary.Match(text, p) is not null) ? p : at;
        }
        return p < text.Length && p > at && !char.IsWhiteSpace(text[p]) && !ArabicNumeral.IsDigit(text[p]) ? p : at;
    }

    /// <summary>Shortest line that is taken for wrapped prose rather than a table row or a heading.</summary>
    private const int ShortestWrappedLine = 24;

    private static bool IsWrappedProse(string text, int at)
    {
        var lineStart = at;
        while (lineStart > 0 && text[lineStart - 1] != '\n' && at - lineStart < ShortestWrappedLine) lineStart--;
        if (at - lineStart < ShortestWrappedLine) return false;
        for (var i = lineStart; i < at; i++)
        {
            if (text[i] is '|' or '\t') return false;
        }
        return true;
    }

    /// <summary>
    /// A printed minus sign (-6.4 in a table, 增长-2.3%, -0.13‰): '-', '－' or '−' straight before the digits, not after a digit,
    /// letter or another dash (0-14岁, A-1, 2021--2025 are ranges and codes).
    /// </summary>
    private static bool MinusBefore(string text, int start, ClaimMap claims, int lastEnd)
    {
        var at = start - 1;
        if (at < lastEnd || at < 0 || text[at] is not ('-' or '－' or '−') || claims.IsClaimed(at)) return false;
        if (at == 0) return true;
        var c = text[at - 1];
        // A spaced dash between numbers (5 - 10万元) is a range too.
        var before = at - 1;
        while (before > 0 && before > at - 1 - MaxGap && text[before] is ' ' or '\u3000' or '\u00A0') before--;
        if (before < at - 1 && ArabicNumeral.IsDigit(text[before])) return false;
        return !ArabicNumeral.IsDigit(c) && !char.IsAsciiLetter(c) && c is not ('-' or '－' or '−' or '—' or '.' or '．' or '~' or '～');
    }

    private static bool HasGroupSeparator(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is ',' or '，') return true;
        }
        return false;
    }

    /// <summary>
    /// Digits after an abbreviation are a figure when a money or percent unit, or a multiplier, follows them (人均GDP52340元):
    /// the letters name the subject. Otherwise they belong to a code or name (PM2.5, G318, 5G).
    /// </summary>
    private static bool IsFigureAfterAbbreviation(string text, Numeral numeral, ClaimMap claims)
    {
        var letters = 0;
        for (var i = numeral.Start - 1; i >= 0 && char.IsAsciiLetterUpper(text[i]); i--) letters++;
        if (letters < 2 || (numeral.Start - letters > 0 && char.IsAsciiLetter(text[numeral.Start - letters - 1]))) return false;
        var tail = ReadTail(text, numeral.End, claims);
        return tail.MultiplierWord.Length > 0 || tail.Unit is { Dimension: Dimension.Money or Dimension.Percent };
    }

    private static (int Start, string Qualifier) QualifierBefore(string text, int numeralStart, ClaimMap claims, int lastEnd)
    {
        var end = numeralStart;
        // PDF text layers leave up to two spaces before a number (超  300万).
        while (end > lastEnd && end > 0 && numeralStart - end < MaxGap && text[end - 1] is ' ' or '\u3000' or '\u00A0') end--;
        var word = QualifierVocabulary.MatchEndingAt(text, end);
        if (word is null || end - word.Length < lastEnd || !claims.IsFree(end - word.Length, end)) return (numeralStart, "");
        return (end - word.Length, word);
    }

    private static Candidate ReadRatio(string text, Numeral first, ClaimMap claims)
    {
        var parts = new List<Numeral> { first };
        var end = first.End;
        while (IsRatioSeparatorAt(text, end) && claims.IsFree(end, end + 2))
        {
            var part = ArabicNumeral.Read(text, end + 1);
            if (!claims.IsFree(part.Start, part.End)) break;
            parts.Add(part);
            end = part.End;
        }
        return new Candidate(first.Start, end, MentionKind.Ratio)
        {
            Number = string.Join(":", parts.Select(p => p.Digits)),
            Dimension = Dimension.Ratio,
            Decimals = parts.Max(p => p.Decimals),
        };
    }

    private static bool IsRatioSeparatorAt(string text, int at) =>
        at + 1 < text.Length && text[at] is ':' or '：' or '∶' or '︰' && ArabicNumeral.IsDigit(text[at + 1]);

    private static (int Start, int End) CodeToken(string text, int at, ClaimMap claims)
    {
        static bool IsCodeChar(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' or '_';
        var start = at;
        while (start > 0 && IsCodeChar(text[start - 1]) && !claims.IsClaimed(start - 1)) start--;
        var end = at;
        while (end < text.Length && (IsCodeChar(text[end]) || ArabicNumeral.IsDigit(text[end])) && !claims.IsClaimed(end)) end++;
        while (end > at + 1 && text[end - 1] is '.' or '-' or '_') end--;
        return (start, end);
    }

    private static bool IsAsciiLetterAt(string text, int at) =>
        at >= 0 && at < text.Length && text[at] is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    private static bool StartsWith(string text, int at, string word) =>
        at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;
}
