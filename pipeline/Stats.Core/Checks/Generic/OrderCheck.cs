using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Two figures of one indicator whose order the words fix. An addition to a stock that cannot be negative is at most the
/// stock it brings about (新增 X 家、总量达 Y 家: X ≤ Y), and a move from one level to another goes the way its verb says
/// (从 A 提高到 B: B &gt; A; 由 A 精简为 B: B &lt; A). Both are bounds, not equalities: they catch a level in the wrong unit
/// or with lost digits, never a small slip.
/// </summary>
public sealed class OrderCheck : IGenericCheck
{
    // Words that open an addition to a level. An increase of a flow (收入增加 X、达 Y) is at most the level it reaches too,
    // since the level before it was not negative.
    private static readonly string[] AdditionWords = ["新增", "净增", "累计新增", "新建", "新开", "新设立", "新设", "新培育", "新认定", "新引进", "新开通", "新注册", "增加", "增量"];

    // The words of an increase told after its level (总额达 A，…，五年增量 B): an increase word after words of scope and time.
    private static readonly string[] IncreaseWords = ["增量", "净增", "增加"];

    // The words of the stock's own clause: a total word and the verb that reaches it, nothing else (no other indicator).
    private static readonly string[] StockWords = ["总量", "总数", "累计", "总计", "总规模", "共"];
    private static readonly string[] ReachWords = ["达到", "达", "突破", "超过", "超", "增至", "增加到", "增长到", "提高到", "提升到", "为"];

    private static readonly (string Word, int Sign)[] MoveWords =
    [
        ("增加到", 1), ("增长到", 1), ("增至", 1), ("提高到", 1), ("提高至", 1), ("提升到", 1), ("提升至", 1), ("扩大到", 1), ("扩大至", 1),
        ("上升到", 1), ("上升至", 1), ("跃升至", 1), ("跃升到", 1), ("增加至", 1), ("增长至", 1), ("提高为", 1), ("上调至", 1), ("上调到", 1),
        ("减少到", -1), ("减少至", -1), ("下降到", -1), ("下降至", -1), ("降至", -1), ("降到", -1), ("降低到", -1), ("降低至", -1), ("减至", -1), ("下调至", -1), ("下调到", -1),
        ("精简为", -1), ("精简到", -1), ("压减至", -1), ("压减到", -1), ("缩减至", -1), ("缩减到", -1), ("缩短至", -1), ("缩短到", -1),
    ];

    // Levels that may be negative or are stated by their size (亏损, 赤字): their order says nothing of the verb's direction.
    private static readonly string[] SignedWords = ["利润", "结余", "亏损", "赤字", "逆差", "顺差", "差额", "净"];

    public string Kind => CheckKind.Order.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var figures = input.Figures;
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (first, second) = (figures[i], figures[i + 1]);
            if (first.Sentence.Start != second.Sentence.Start || !Movable(first, second)) continue;
            if (Comparable(first, second) && Addition(input, first, second) is { } addition) yield return addition;
            else if (Move(input, first, second) is { } move) yield return move;
            else if (Passed(input, first, second) is { } passed) yield return passed;
            else if (Comparable(first, second) && PartOfCountedTotal(input, first, second) is { } part) yield return part;
        }
        foreach (var finding in Respectively(input)) yield return finding;
        foreach (var finding in IncreasesAfterTheirLevel(input)) yield return finding;
        foreach (var finding in DebtWithinLimit(input)) yield return finding;
    }

    /// <summary>
    /// A government's debt stays within the limit set for it (预算法 art. 35: 举借债务的规模…在国务院/上级核定的限额内): a debt
    /// balance (债务余额) stated after a debt limit (债务限额), in its sentence or the next few, is at most the limit. The next limit
    /// stated ends the search.
    /// </summary>
    private IEnumerable<Finding> DebtWithinLimit(CheckInput input)
    {
        var text = input.Report.Content;
        var levels = input.TopStatedLevels.Where(m => m.Kind == MentionKind.Amount).ToList();
        for (var i = 0; i < levels.Count; i++)
        {
            var limit = levels[i];
            if (!limit.Subject.EndsWith("限额", StringComparison.Ordinal) || limit.Subject.Contains("新增", StringComparison.Ordinal)) continue;
            for (var k = i + 1; k < levels.Count && ClauseText.SentenceEndsBetween(text, limit.Span.End, levels[k].Span.Start) <= 2; k++)
            {
                var balance = levels[k];
                // A limit of new borrowing (其中新增债务限额) is part of the limit, not the next one.
                if (balance.Subject.EndsWith("限额", StringComparison.Ordinal))
                {
                    if (balance.Subject.Contains("新增", StringComparison.Ordinal)) continue;
                    break;
                }
                if (!balance.Subject.Contains("债务余额", StringComparison.Ordinal) || balance.Unit != limit.Unit) continue;
                // A limit of one kind of debt (专项债务限额) bounds that kind's balance only.
                if (DebtKind(limit.Subject) != DebtKind(balance.Subject)) break;
                var bound = input.IntervalOf(limit);
                var observed = input.IntervalOf(balance);
                yield return GenericFinding.About(Kind, [limit, balance], "a government's debt balance is within its debt limit").AtMost(bound, observed, limit.Unit, holds => holds
                    ? $"The debt balance {balance.Text} is within the debt limit {limit.Text}."
                    : $"The debt balance {balance.Text} = {IntervalText.Format(observed)} {limit.Unit} exceeds the debt limit {limit.Text} = {IntervalText.Format(bound)} {limit.Unit}, which the Budget Law does not allow.");
                break;
            }
        }
    }

    /// <summary>
    /// 进出口总额达 A，连续 2 年居首位，五年增量 B: an increase told after its level in the same sentence, with nothing but words of
    /// scope and time before the increase word, is at most the level (the level before it was not negative).
    /// </summary>
    private IEnumerable<Finding> IncreasesAfterTheirLevel(CheckInput input)
    {
        var figures = input.Figures;
        for (var i = 1; i < figures.Count; i++)
        {
            var increase = figures[i];
            if (increase.Role != Role.Level || increase.Kind is not (MentionKind.Amount or MentionKind.Quantity or MentionKind.Count)) continue;
            var lead = StripScope(input.WordsBefore(increase.Span.Start));
            if (!IncreaseWords.Contains(lead)) continue;
            var found = false;
            for (var k = i - 1; k >= 0 && figures[k].Sentence == increase.Sentence; k--)
            {
                var level = figures[k];
                if (!Comparable(level, increase)) continue;
                found = true;
                if (!OpensAddition(input.WordsBefore(level.Span.Start)) && AtMost(input, increase, level, Bounded.Increase) is { } bound) yield return bound;
                break;
            }
            if (found) continue;
            // 粮食总产再创新高，…，增量 B: the sentence opens with the name of a level the report states elsewhere (粮食总产量 A).
            var opening = input.Report.Content.Substring(increase.Sentence.Start, Math.Min(NameLength, increase.Sentence.Length));
            var named = input.TopStatedLevels.FirstOrDefault(m => Comparable(m, increase) && m.MayShareThePeriodOf(increase) &&
                StatementWords.IndicatorName(m.Subject) is { Length: >= NameLength } name && name.StartsWith(opening, StringComparison.Ordinal));
            if (named is not null && AtMost(input, increase, named, Bounded.Increase) is { } stated) yield return stated;
        }
    }

    // The words between a threshold passed and the level reached: 突破 2 万亿元、达到 23562 亿元; 突破 70 亿元目标，达到 74.23 亿元.
    private static readonly string[] ReachedWords = ["、达到", "，达到", "、达", "，达", "目标，达到", "目标,达到", ",达到", "大关，达到"];

    /// <summary>A threshold passed (突破 A, 超过 A) and the level reached right after it: the level is at least the threshold.</summary>
    private Finding? Passed(CheckInput input, Mention threshold, Mention level)
    {
        if (threshold.Qualifier is not ("突破" or "超过" or "超") || level.Qualifier.Length > 0 || threshold.Unit != level.Unit || threshold.Kind != level.Kind) return null;
        var between = input.Report.Content[threshold.Span.End..level.Span.Start].Replace(" ", "", StringComparison.Ordinal);
        if (!ReachedWords.Contains(between)) return null;
        var bound = input.IntervalOf(threshold);
        var stated = input.IntervalOf(level);
        var holds = stated.Meets(bound);
        return GenericFinding.About(Kind, [threshold, level], "a level reached is at least the threshold it passed").Judged(bound, stated, holds, level.Unit) with
        {
            Message = holds
                ? $"The level reached, {level.Text}, is at least the threshold {threshold.Text} it passed."
                : $"The level reached, {level.Text} = {IntervalText.Format(stated)} {level.Unit}, is below the threshold {threshold.Text} = {IntervalText.Format(bound)} {level.Unit} it is said to have passed.",
        };
    }

    private static readonly string[] CountedTotalWords = ["总数", "总量", "总规模"];

    /// <summary>
    /// 幼儿园托位达 A，全市托位总数达 B: a level whose name ends with the noun a total counts (托位) is part of that total, A ≤ B.
    /// </summary>
    private Finding? PartOfCountedTotal(CheckInput input, Mention part, Mention total)
    {
        var name = StatementWords.IndicatorName(total.Subject);
        var word = CountedTotalWords.FirstOrDefault(w => name.EndsWith(w, StringComparison.Ordinal));
        if (word is null) return null;
        var noun = name[..^word.Length];
        var partName = StatementWords.IndicatorName(part.Subject);
        if (noun.Length < 2 || partName.Length <= noun.Length || !partName.EndsWith(noun, StringComparison.Ordinal)) return null;
        var gap = input.Report.Content[part.Span.End..total.Span.Start];
        if (gap.IndexOfAny(['。', '；', ';']) >= 0) return null;
        return AtMost(input, part, total, Bounded.Part);
    }

    private static string DebtKind(string subject) =>
        subject.Contains("一般债务", StringComparison.Ordinal) ? "general" : subject.Contains("专项债务", StringComparison.Ordinal) ? "special" : "";

    // The characters of an indicator's name that a sentence must open with to speak of it (粮食总产 of 粮食总产量).
    private const int NameLength = 4;

    private static string StripScope(string lead)
    {
        var words = lead.Replace(" ", "", StringComparison.Ordinal);
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var scope in ScopeWords.Append("比上年").Append("较上年"))
                if (words.StartsWith(scope, StringComparison.Ordinal)) (words, stripped) = (words[scope.Length..], true);
        }
        return words;
    }

    /// <summary>
    /// Lists paired by 分别: 从 A1 和 A2 分别提高到 B1 和 B2 (each A moves to its B), 新增 X1、X2，总数分别达 Y1、Y2 (each X is
    /// added to its Y). The two lists must be as long as each other; their members pair in order.
    /// </summary>
    private IEnumerable<Finding> Respectively(CheckInput input)
    {
        var text = input.Report.Content;
        var figures = input.Figures;
        for (var at = text.IndexOf("分别", StringComparison.Ordinal); at >= 0; at = text.IndexOf("分别", at + 2, StringComparison.Ordinal))
        {
            var after = Breakdown.FirstAfter(figures, at - 1);
            if (after >= figures.Count) continue;
            if (MovedAfterRespectively(input, at, after) is { } moves)
            {
                foreach (var finding in moves) yield return finding;
                continue;
            }
            if (after == 0) continue;
            var firsts = ListEndingAt(text, figures, after - 1);
            var seconds = ListStartingAt(text, figures, after);
            if (firsts.Count < 2 || firsts.Count != seconds.Count || firsts[0].Sentence.Start != seconds[^1].Sentence.Start) continue;
            if (!firsts.Zip(seconds).All(p => Comparable(p.First, p.Second))) continue;
            var before = text[firsts[^1].Span.End..at].Replace(" ", "", StringComparison.Ordinal);
            var between = text[(at + 2)..seconds[0].Span.Start].Replace(" ", "", StringComparison.Ordinal);
            var lead = input.WordsBefore(firsts[0].Span.Start);
            var verb = MoveWords.FirstOrDefault(v => between.StartsWith(v.Word, StringComparison.Ordinal));
            if (verb.Word is not null && before.Length == 0 && OpensMove(lead))
            {
                foreach (var (from, to) in firsts.Zip(seconds)) yield return Moved(input, from, to, verb);
                continue;
            }
            var stockWords = before.TrimStart('，', ',', '、');
            var reaches = ReachWords.Any(w => between == w);
            var adds = OpensAddition(lead);
            if (adds && reaches && before.Length > 0 && before[0] is '，' or ',' or '、' && StockWords.Contains(stockWords))
                foreach (var (added, stock) in firsts.Zip(seconds))
                    if (AtMost(input, added, stock) is { } bound) yield return bound;
        }
    }

    /// <summary>
    /// 分别从 A1、A2 提高到 B1、B2: 分别 before both lists, 从 (and the first year) right after it; each A moves to its B.
    /// </summary>
    private List<Finding>? MovedAfterRespectively(CheckInput input, int at, int after)
    {
        var text = input.Report.Content;
        var figures = input.Figures;
        var opening = text[(at + 2)..figures[after].Span.Start].Replace(" ", "", StringComparison.Ordinal);
        if (opening.Length == 0 || opening[0] is not ('从' or '由') || opening.Length > 8 || opening.IndexOfAny([.. ClauseText.ClauseEnds]) >= 0) return null;
        var firsts = ListStartingAt(text, figures, after);
        if (after + firsts.Count >= figures.Count) return null;
        var seconds = ListStartingAt(text, figures, after + firsts.Count);
        if (firsts.Count < 2 || firsts.Count != seconds.Count || firsts[0].Sentence.Start != seconds[^1].Sentence.Start) return null;
        if (!firsts.Zip(seconds).All(p => Movable(p.First, p.Second))) return null;
        var between = text[firsts[^1].Span.End..seconds[0].Span.Start].Replace(" ", "", StringComparison.Ordinal);
        if (between.Length > 14 || between.IndexOfAny([.. ClauseText.ClauseEnds]) >= 0) return null;
        var verb = MoveWords.FirstOrDefault(v => between.StartsWith(v.Word, StringComparison.Ordinal) &&
            (between.Length == v.Word.Length || between[v.Word.Length..].EndsWith("年的", StringComparison.Ordinal)));
        return verb.Word is null ? null : firsts.Zip(seconds).Select(p => Moved(input, p.First, p.Second, verb)).ToList();
    }

    private static readonly string[] ScopeWords = ["全年", "五年", "今年", "全县", "全市", "全区", "全省", "全镇", "全旗", "全乡"];

    /// <summary>Whether a figure's words open with an addition word, after words of scope and time (全县新增…), or end with one.</summary>
    private static bool OpensAddition(string lead)
    {
        var words = lead;
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var scope in ScopeWords)
                if (words.StartsWith(scope, StringComparison.Ordinal)) (words, stripped) = (words[scope.Length..], true);
        }
        return AdditionWords.Any(w => words.StartsWith(w, StringComparison.Ordinal) || lead.EndsWith(w, StringComparison.Ordinal));
    }

    // Members of a list are joined by 、 和 及 与, with at most a few words of their own between (新增企业 13 家、上市公司 19 家).
    private static bool Joined(string text, Mention a, Mention b)
    {
        var gap = text[a.Span.End..b.Span.Start];
        return gap.Length <= 12 && gap.IndexOfAny(['，', ',', '；', ';', '。', '：', ':', '\n']) < 0 &&
               (gap.Contains('、') || gap.Contains('和') || gap.Contains('及') || gap.Contains('与'));
    }

    private static List<Mention> ListEndingAt(string text, IReadOnlyList<Mention> figures, int last)
    {
        var list = new List<Mention> { figures[last] };
        for (var k = last - 1; k >= 0 && Joined(text, figures[k], list[0]); k--) list.Insert(0, figures[k]);
        return list;
    }

    private static List<Mention> ListStartingAt(string text, IReadOnlyList<Mention> figures, int first)
    {
        var list = new List<Mention> { figures[first] };
        for (var k = first + 1; k < figures.Count && Joined(text, list[^1], figures[k]); k++) list.Add(figures[k]);
        return list;
    }

    private static bool Comparable(Mention a, Mention b) =>
        Movable(a, b) && a.Kind is not MentionKind.Number && !StatementWords.TimeClassifiers.Contains(a.Unit);

    // Two levels a verb may move between: a span of years (受教育年限从 9.6 年提升至 10.2 年) and an age (75.2 岁) move too,
    // though neither is a stock that an addition builds.
    private static bool Movable(Mention a, Mention b) =>
        a.Role == b.Role && (a.Role == Role.Level || (a.Kind == MentionKind.Percent && a.Role is Role.Share or Role.Rate)) && a.Value is not null && b.Value is not null && a.Kind == b.Kind &&
        a.Kind is MentionKind.Amount or MentionKind.Quantity or MentionKind.Count or MentionKind.Percent or MentionKind.Number &&
        a.Unit == b.Unit && a.Dimension == b.Dimension &&
        !SignedWords.Any(w => a.Subject.Replace("净增", "", StringComparison.Ordinal).Contains(w, StringComparison.Ordinal));

    /// <summary>新增 X、总量达 Y: the addition's clause opens with an addition word, the stock's clause holds only a total word and a verb.</summary>
    private Finding? Addition(CheckInput input, Mention added, Mention stock)
    {
        if (added.Kind == MentionKind.Percent) return null;
        var text = input.Report.Content;
        var lead = input.WordsBefore(added.Span.Start);
        // 新增上市企业 X, 商事主体五年净增 X: the addition word opens the figure's words or ends them.
        if (!OpensAddition(lead)) return null;
        // The stock's clause follows the addition's at once: between them only the name of what was added (新增 22 家单项冠军
        // 企业，总数达 117 家) and one separator.
        var gap = text[added.Span.End..stock.Span.Start];
        var separator = gap.IndexOfAny(['、', '，', ',']);
        if (separator < 0 || !IsName(gap[..separator])) return null;
        var words = input.WordsBefore(stock.Span.Start);
        var reach = ReachWords.FirstOrDefault(w => words.EndsWith(w, StringComparison.Ordinal));
        var rest = reach is null ? words : words[..^reach.Length];
        if (!(StockWords.Contains(rest) || (rest.Length == 0 && reach is not null))) return null;
        return AtMost(input, added, stock);
    }

    // A name of what was added: words without a figure or a clause's punctuation, as long as a name runs.
    private static bool IsName(string words)
    {
        var name = words.Trim();
        return name.Length <= 24 && !name.Any(c => char.IsDigit(c) || "。；;：:（）()".Contains(c));
    }

    private enum Bounded { Addition, Increase, Part }

    private Finding? AtMost(CheckInput input, Mention added, Mention stock, Bounded bounded = Bounded.Addition)
    {
        var bound = input.IntervalOf(stock);
        var observed = input.IntervalOf(added);
        if (bound.Upper is null) return null;
        var (what, whole, label) = bounded switch
        {
            Bounded.Increase => ("increase", "level it reaches", "an increase is at most the level it reaches"),
            Bounded.Part => ("part", "total that counts its kind", "a part is at most the total that counts its kind"),
            _ => ("addition", "stock it brings about", "an addition to a stock is at most the stock it brings about"),
        };
        return GenericFinding.About(Kind, [added, stock], label).AtMost(bound, observed, added.Unit, holds => holds
            ? $"The {what} {added.Text} is at most the {whole} {stock.Text}."
            : $"The {what} {added.Text} = {IntervalText.Format(observed)} {added.Unit} exceeds the {whole} {stock.Text} = {IntervalText.Format(bound)} {added.Unit}, which a level that cannot be negative does not allow.");
    }

    // 翻一番 doubles, 翻两番 doubles twice: a claim that the level at least about reached that multiple.
    private static readonly (string Word, int Times)[] DoublingWords = [("翻两番", 4), ("翻了两番", 4), ("翻三番", 8), ("翻了三番", 8), ("翻一番", 2), ("翻了一番", 2), ("翻番", 2)];

    // Officials round a multiple they report: within a tenth below it, the claim is loose, not false.
    private const decimal LooseDoubling = 0.9m;

    /// <summary>The multiple a doubling word right after the second level claims (从 A 增加到 B，实现翻一番), if any.</summary>
    private static int? Doubling(string text, Mention to)
    {
        var end = Math.Min(text.Length, to.Span.End + 12);
        var after = text[to.Span.End..end];
        var stop = after.IndexOfAny([.. ClauseText.SentenceEnds]);
        if (stop >= 0) after = after[..stop];
        return DoublingWords.FirstOrDefault(d => after.Contains(d.Word, StringComparison.Ordinal)) is { Word: not null } found ? found.Times : null;
    }

    private Finding Doubled(CheckInput input, Mention from, Mention to, int times)
    {
        var finding = GenericFinding.About(Kind, [from, to], $"a level that doubled (翻番) is at least about {times} times the level it started from");
        if (Interval.Divide(input.IntervalOf(to), input.IntervalOf(from)).Value is not { } ratio)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The first level {from.Text} may be zero, so the change to {to.Text} has no multiple." };
        var claimed = Interval.AtLeast(times);
        var text = $"{to.Text} / {from.Text} = {IntervalText.Format(ratio)}";
        if (ratio.Meets(claimed))
            return finding.Judged(claimed, ratio, true, "×") with { Message = $"{text}: at least the {times} times the words claim." };
        if (ratio.Meets(Interval.AtLeast(times * LooseDoubling)))
            return finding.Judged(claimed, ratio, false, "×") with
            {
                Status = CheckStatus.Warn,
                Message = $"{text}: a little short of the {times} times the words claim, which only a loosely rounded claim explains.",
            };
        return finding.Judged(claimed, ratio, false, "×") with { Message = $"{text}: far short of the {times} times the words claim." };
    }

    // 从 / 由 shortly before the first level (从2020年的 A) opens a move from it.
    private static bool OpensMove(string lead)
    {
        var opens = lead.LastIndexOfAny(['从', '由']);
        return opens >= 0 && lead.Length - opens <= 12;
    }

    /// <summary>从 A 提高到 B: the verb right before the second level says which way it moved from the first.</summary>
    private Finding? Move(CheckInput input, Mention from, Mention to)
    {
        var text = input.Report.Content;
        if (!OpensMove(input.WordsBefore(from.Span.Start))) return null;
        var between = text[from.Span.End..to.Span.Start].Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
        if (between.Length > 14 || between.IndexOfAny([.. ClauseText.ClauseEnds]) >= 0) return null;
        // The verb may be followed by the second level's year (提高到2025年的 B) and nothing else.
        var verb = MoveWords.FirstOrDefault(v => between.StartsWith(v.Word, StringComparison.Ordinal) || between.EndsWith(v.Word, StringComparison.Ordinal) ||
            (between.Contains(v.Word, StringComparison.Ordinal) && between.EndsWith("年的", StringComparison.Ordinal)));
        if (verb.Word is null) return null;
        if (verb.Sign > 0 && Doubling(text, to) is { } times) return Doubled(input, from, to, times);
        return Moved(input, from, to, verb);
    }

    private Finding Moved(CheckInput input, Mention from, Mention to, (string Word, int Sign) verb)
    {
        var change = input.IntervalOf(to) - input.IntervalOf(from);
        var range = verb.Sign > 0 ? Interval.GreaterThan(0m) : Interval.LessThan(0m);
        var holds = change.Meets(range);
        var unit = from.Kind == MentionKind.Percent ? "%" : from.Unit;
        var way = verb.Sign > 0 ? "rise" : "fall";
        return GenericFinding.About(Kind, [from, to], $"a move from one level to another goes the way its verb ({verb.Word}) says")
            .Judged(range, change, holds, unit) with
            {
                Message = holds
                    ? $"From {from.Text} to {to.Text} is a {way}, as {verb.Word} says."
                    : $"{verb.Word} says the level should {way}, but from {from.Text} to {to.Text} it changes by {IntervalText.Format(change)} {unit}.",
            };
    }
}
