using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// The sums budget reports spell out in words: a level plus the items it adds (加上…) is the stated 收入总计 / 支出合计; a
/// total less what a sentence deducts (扣除 X，…支出安排 Y) is the level that follows; income less expenditure is the balance
/// (收入 A，支出 B，结余 C; 上述收支相抵，年终结余 C after the totals). Where a level's own 其中 part is what the report adds
/// up, either reading may hold; an item of unknown side leaves a balance unchecked rather than guessed.
/// </summary>
public sealed class BalanceCheck : IGenericCheck
{
    private static readonly string[] TotalWords = ["总计", "合计", "共计"];
    private static readonly string[] DeductWords = ["扣除", "减去"];
    private static readonly string[] OutflowWords = ["支出", "调出", "调入一般公共预算", "上解"];
    private static readonly string[] InflowWords = ["收入", "上年结余", "上年结转", "调入"];

    public string Kind => CheckKind.Balance.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        var top = input.TopStatedLevels.Where(m => m.Kind == MentionKind.Amount).ToList();
        var totals = new List<Mention>();
        var sentenceStart = -1;
        var statement = new List<Mention>();
        var previousSentence = new List<Mention>();
        foreach (var m in top)
        {
            var start = ClauseText.SentenceStart(text, m.Span.Start);
            if (start != sentenceStart)
            {
                previousSentence = statement.Count > 0 && ClauseText.SentenceEndsBetween(text, statement[^1].Span.End, m.Span.Start) <= 1 ? statement : [];
                (sentenceStart, statement) = (start, []);
            }
            var before = Words(text, m);
            if (IsTotal(before))
            {
                if (SumOf(input, m, statement, previousSentence) is { } sum) yield return sum;
                totals.Add(m);
                statement = [];
                continue;
            }
            if (IsBalance(before))
            {
                if (BalanceOf(input, m, statement, previousSentence, totals) is { } balance) yield return balance;
                // What came before is summed up in the balance, which a stock (滚存结余) then carries on from.
                statement = [m];
                continue;
            }
            // 收入总计 T。扣除 X，…支出安排 Y: the sentence right after a total deducts from it.
            if (statement.Count == 1 && Opens(text, statement[0], DeductWords) && totals.LastOrDefault() is { } total &&
                total.Span.End <= start && ClauseText.SentenceEndsBetween(text, total.Span.End, statement[0].Span.Start) == 1 && m.Unit == total.Unit)
                yield return Deduction(input, total, statement[0], m);
            statement.Add(m);
        }
    }

    private static string Words(string text, Mention m) => ClauseText.Before(text, m.Span.Start).TrimEnd("为达到了约".ToCharArray());

    private static bool IsTotal(string before) => TotalWords.Any(w => before.EndsWith(w, StringComparison.Ordinal));

    private static bool IsBalance(string before) =>
        before.EndsWith("结余", StringComparison.Ordinal) && !before.Contains("上年", StringComparison.Ordinal) && !before.Contains("累计", StringComparison.Ordinal);

    private static bool Opens(string text, Mention m, string[] words) =>
        words.Any(w => ItemWords(text, m.Span.Start).StartsWith(w, StringComparison.Ordinal));

    /// <summary>The words of an item up to a figure: its clause, read across the 、 that joins the items it lumps together (加上 A、B 等 X).</summary>
    private static string ItemWords(string text, int at)
    {
        var start = at;
        while (start > 0 && at - start < 80 && "，,；;：:。！？!?\n\r".IndexOf(text[start - 1]) < 0) start--;
        return text[start..at].Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
    }

    /// <summary>The items of a statement as the report adds them: heads only, or with a head's 其中 parts in its place.</summary>
    private static IEnumerable<IReadOnlyList<Mention>> Readings(string text, IReadOnlyList<Mention> items)
    {
        var heads = new List<Mention>();
        var parts = new List<(Mention Head, List<Mention> Parts)>();
        var inParts = false;
        var lastClause = -1;
        Mention? previous = null;
        foreach (var m in items)
        {
            var clauseStart = ClauseStart(text, m.Span.Start);
            if (clauseStart != lastClause && lastClause >= 0)
            {
                var separator = text[clauseStart - 1];
                if (StatementWords.StartsNewStatement(ItemWords(text, m.Span.Start), separator)) inParts = false;
            }
            // 其中 between the previous item and this one opens the list of the last head's parts.
            var marker = previous is null ? -1 : text.LastIndexOf("其中", m.Span.Start, m.Span.Start - previous.Span.End, StringComparison.Ordinal);
            if (!inParts && heads.Count > 0 && marker >= 0 && text.AsSpan(marker, m.Span.Start - marker).IndexOfAny('）', ')') < 0)
            { inParts = true; parts.Add((heads[^1], [])); }
            if (inParts && parts.Count > 0) parts[^1].Parts.Add(m);
            else heads.Add(m);
            lastClause = clauseStart;
            previous = m;
        }
        yield return heads;
        foreach (var (head, list) in parts)
            yield return heads.SelectMany(h => h == head ? list : [h]).ToList();
    }

    private static int SentencesBetween(string text, Mention a, Mention b) => ClauseText.SentenceEndsBetween(text, a.Span.End, b.Span.Start);

    /// <summary>How many sentences end between two positions, a run of ends (。 and a line break) counting once.</summary>
    private static int ClauseStart(string text, int at)
    {
        var start = at;
        while (start > 0 && ClauseText.ClauseEnds.IndexOf(text[start - 1]) < 0) start--;
        return start;
    }

    private Finding? SumOf(CheckInput input, Mention total, IReadOnlyList<Mention> statement, IReadOnlyList<Mention> previousSentence)
    {
        var text = input.Report.Content;
        var side = StatementWords.BudgetSide(total.Subject + Words(text, total));
        var items = statement.Where(m => m.Unit == total.Unit).ToList();
        // 收入完成 A。加上 B、C，收入总计 T: a sentence opening with 加上 adds to the level of the sentence before, on the total's side.
        if (items.Count > 0 && Opens(text, items[0], ["加"]) && text.AsSpan(ClauseText.SentenceStart(text, items[0].Span.Start)).TrimStart().StartsWith("加") &&
            previousSentence.FirstOrDefault(m => m.Unit == total.Unit && StatementWords.BudgetSide(m.Subject) == side && side.Length > 0) is { } level)
            items.Insert(0, level);
        // 收入 A，加上上级补助收入、上年结转等，收入总计 T: items named without amounts are added, so A is at most T.
        if (items.Count == 1 && text.AsSpan(items[0].Span.End, total.Span.Start - items[0].Span.End).Contains("加上", StringComparison.Ordinal) &&
            StatementWords.BudgetSide(items[0].Subject) is var itemSide && (itemSide == side || side.Length == 0))
            return AddedTo(input, items[0], total);
        // A bare 共计 / 合计 (nothing but the word before the total) sums up the items of its sentence; a named total needs 加.
        // 支出合计 / 收入总计 after the side's own items (基金支出 A，调出资金 B，债务还本支出 C，支出合计 D) sums them up too.
        // Not after 加上 opening the sentence: that adds to a level stated in the sentence before.
        var bare = TotalWords.Contains(Words(text, total)) ||
                   (SideTotal(Words(text, total)) && items.Count >= 3 && !items.Any(m => Opens(text, m, ["加"])));
        if (items.Count < 2 || !(bare || items.Skip(1).Any(m => Opens(text, m, ["加"])))) return null;
        if (items.Any(m => StatementWords.BudgetSide(Words(text, m)) is var s && s.Length > 0 && s != "balance" && side.Length > 0 && s != side)) return null;
        Finding? first = null;
        foreach (var reading in Readings(text, items))
        {
            if (reading.Count < 2) continue;
            var signed = reading.Select(m => (m, Sign: Opens(text, m, DeductWords) ? -1 : 1)).ToList();
            var sum = signed.Select(x => input.IntervalOf(x.m) * x.Sign).Aggregate((a, b) => a + b);
            var stated = input.IntervalOf(total);
            var holds = sum.Meets(stated);
            var terms = string.Join("", signed.Select((x, i) => (i == 0 ? "" : x.Sign > 0 ? " + " : " - ") + x.m.Text));
            var finding = GenericFinding.About(Kind, [.. reading, total], "the items of a budget statement add up to its stated total")
                .Judged(stated, sum, holds, total.Unit) with
                {
                    Message = $"{terms} = {IntervalText.Format(sum)} {total.Unit}, which {(holds ? "meets" : "misses")} the stated total {total.Text} = {IntervalText.Format(stated)} {total.Unit}.",
                };
            if (holds) return finding;
            first ??= finding;
        }
        return first;
    }

    private Finding AddedTo(CheckInput input, Mention level, Mention total)
    {
        var bound = input.IntervalOf(total);
        var observed = input.IntervalOf(level);
        return GenericFinding.About(Kind, [level, total], "a level is at most the total that adds items to it").AtMost(bound, observed, total.Unit, holds => holds
            ? $"{level.Text} is at most the total {total.Text} that adds items named without amounts (加上…) to it."
            : $"{level.Text} = {IntervalText.Format(observed)} {total.Unit} exceeds the total {total.Text} = {IntervalText.Format(bound)} {total.Unit} that only adds items (加上…) to it.");
    }

    private static bool SideTotal(string words) => words is "支出合计" or "支出总计" or "收入合计" or "收入总计";

    private Finding Deduction(CheckInput input, Mention total, Mention deducted, Mention rest)
    {
        var computed = input.IntervalOf(total) - input.IntervalOf(deducted);
        var stated = input.IntervalOf(rest);
        var holds = computed.Meets(stated);
        return GenericFinding.About(Kind, [total, deducted, rest], "a total less what is deducted from it is the level that follows")
            .Judged(stated, computed, holds, rest.Unit) with
            {
                Message = $"{total.Text} - {deducted.Text} = {IntervalText.Format(computed)} {rest.Unit}, which {(holds ? "meets" : "misses")} the stated {rest.Text} = {IntervalText.Format(stated)} {rest.Unit}.",
            };
    }

    private Finding? BalanceOf(CheckInput input, Mention balance, IReadOnlyList<Mention> statement, IReadOnlyList<Mention> previousSentence, IReadOnlyList<Mention> totals)
    {
        var text = input.Report.Content;
        var sentence = text[ClauseText.SentenceStart(text, balance.Span.Start)..balance.Span.Start];
        List<(Mention Item, int Sign)> terms;
        var offset = sentence.Contains("收支相抵", StringComparison.Ordinal) ? 1 : 0;
        // 上述收支相抵: the income and expenditure totals of the two sentences just before.
        var recent = offset == 0 ? [] : totals.TakeLast(4).Where(t => t.Unit == balance.Unit && SentencesBetween(text, t, balance) <= 2).ToList();
        var income = recent.LastOrDefault(t => StatementWords.BudgetSide(Words(text, t)) == "income");
        var spending = recent.LastOrDefault(t => StatementWords.BudgetSide(Words(text, t)) == "expenditure");
        if (income is not null && spending is not null && income.Span.Start < spending.Span.Start)
            terms = [(income, 1), (spending, -1)];
        else
        {
            // A semicolon ends a flow statement: 收入 A，支出 B，结余 C；市本级收入… starts another.
            var semicolon = Math.Max(sentence.LastIndexOf('；'), sentence.LastIndexOf(';'));
            var from = semicolon < 0 ? 0 : ClauseText.SentenceStart(text, balance.Span.Start) + semicolon;
            var items = (offset == 1 ? previousSentence : statement.Where(m => m.Span.Start > from)).Where(m => m.Unit == balance.Unit).ToList();
            // 收入 A，其中…；支出 B；本年收支结余 C: where the balance's own clause opens after the semicolon, the sentence's
            // statement (which restarts at each balance) is what it balances.
            if (offset == 0 && items.Count == 0 && semicolon >= 0 && semicolon == sentence.Length - ClauseText.Before(text, balance.Span.Start).Length - 1)
                items = statement.Where(m => m.Unit == balance.Unit).ToList();
            if (Readings(text, items).First() is not { Count: >= 2 } heads) return null;
            terms = [];
            foreach (var m in heads)
            {
                var words = Words(text, m);
                var sign = IsBalance(words) ? 1 : OutflowWords.Any(w => words.Contains(w, StringComparison.Ordinal)) ? -1
                    : InflowWords.Any(w => words.Contains(w, StringComparison.Ordinal)) ? 1 : 0;
                if (sign == 0) return null;
                terms.Add((m, sign));
            }
            var carried = terms.Any(t => IsBalance(Words(text, t.Item)));
            if (!(terms.Any(t => t.Sign < 0) && terms.Any(t => t.Sign > 0)) && !(carried && terms.Count >= 2)) return null;
            // A stock (滚存结余) is the flow plus what was carried over: without a carried item it is not this sum.
            if (Words(text, balance).Contains("滚存", StringComparison.Ordinal) &&
                !terms.Any(t => Words(text, t.Item) is var w && (w.Contains("上年", StringComparison.Ordinal) || w.Contains("结转", StringComparison.Ordinal)))) return null;
        }
        var computed = terms.Select(t => input.IntervalOf(t.Item) * t.Sign).Aggregate((a, b) => a + b);
        var stated = input.IntervalOf(balance);
        var holds = computed.Meets(stated);
        var arithmetic = string.Join("", terms.Select((t, i) => (i == 0 ? (t.Sign > 0 ? "" : "-") : t.Sign > 0 ? " + " : " - ") + t.Item.Text));
        return GenericFinding.About(Kind, [.. terms.Select(t => t.Item), balance], "income less expenditure is the stated balance")
            .Judged(stated, computed, holds, balance.Unit) with
            {
                Message = $"{arithmetic} = {IntervalText.Format(computed)} {balance.Unit}, which {(holds ? "meets" : "misses")} the stated balance {balance.Text} = {IntervalText.Format(stated)} {balance.Unit}.",
            };
    }
}
