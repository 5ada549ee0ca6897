using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// One indicator stated twice (a summary and its section; 8.35万吨 and 83512吨) must agree within rounding. Candidates are
/// the unqualified head levels of sentences (the first stated level, outside parentheses) with one indicator name (words of place and
/// of doing dropped, at least four characters), unit dimension, period and basis, in different sentences; a table's row is a
/// sentence, and a figure without a year of its own may restate one of any year. A name heading
/// more than <see cref="MaxStatements"/> sentences is a phrase (筹措资金…), not one indicator, and is left alone.
/// Reports repeat a name for another scope (a district's 政府性基金收入 after the city's) without repeating the scope, so
/// only restatements that can be one figure are judged: equal within rounding (pass), within
/// <see cref="NearShare"/> of each other or with the same digits at another power of ten (warn: a slip in one of them).
/// Values further apart are taken to be different figures and give no finding.
/// </summary>
public sealed class RestatementCheck : IGenericCheck
{
    private const int MaxStatements = 3;
    private const decimal NearShare = 0.05m;

    public string Kind => CheckKind.Restatement.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var heads = new Dictionary<(string, Dimension, Basis), List<Mention>>();
        var lastSentence = -1;
        foreach (var m in input.TopStatedLevels)
        {
            if (m.Sentence.Start == lastSentence) continue;
            lastSentence = m.Sentence.Start;
            // A qualified figure (60万人左右, 1万亿元以上) is an aim or a bound, not a restatement of a value.
            if (m.Qualifier.Length > 0) continue;
            var name = StatementWords.IndicatorName(m.Subject);
            if (name.Length < 4) continue;
            var key = (name, m.Dimension, m.Basis);
            if (!heads.TryGetValue(key, out var list)) heads[key] = list = [];
            list.Add(m);
        }
        foreach (var list in heads.Values.Where(l => l.Count is >= 2 and <= MaxStatements).OrderBy(l => l[0].Span.Start))
        {
            var first = list[0];
            var name = StatementWords.IndicatorName(first.Subject);
            foreach (var again in list.Skip(1))
                if (first.MayShareThePeriodOf(again) && Judge(input, name, first, again) is { } finding) yield return finding;
        }
        foreach (var finding in GrowthRestatements(input)) yield return finding;
        foreach (var finding in Anniversaries(input)) yield return finding;
    }

    private static readonly string[] GrowthWords = ["比上年同期", "比上年", "同比", "增长", "下降", "增速", "上涨", "下跌", "提高", "减少", "增加"];

    /// <summary>
    /// A growth rate stated twice for one indicator (a summary and its section; the prose and its table's row) agrees with
    /// itself: equal within rounding (pass), or the same digits at another power of ten (warn). The indicator is the linked
    /// level's name or the words before the rate, without a table's 其中 and a trailing 增加值 (a table's 第一产业 row is the
    /// prose's 第一产业增加值). Rates printed to another precision or that differ otherwise are taken for different figures
    /// (another scope, another period).
    /// </summary>
    private IEnumerable<Finding> GrowthRestatements(CheckInput input)
    {
        var byName = new Dictionary<(string, Basis), List<Mention>>();
        foreach (var g in input.Figures)
        {
            if (g is not { Kind: MentionKind.Percent, Role: Role.Growth } || g.Qualifier.Length > 0) continue;
            var name = GrowthName(input.ById(g.LinkedTo)?.Subject ?? g.Subject);
            if (name.Length < 4) continue;
            if (!byName.TryGetValue((name, g.Basis), out var list)) byName[(name, g.Basis)] = list = [];
            if (list.Count == 0 || list[^1].Sentence != g.Sentence) list.Add(g);
        }
        foreach (var ((name, _), list) in byName.Where(e => e.Value.Count is >= 2 and <= MaxStatements).OrderBy(e => e.Value[0].Span.Start))
        {
            var first = list[0];
            foreach (var again in list.Skip(1))
            {
                // A rate restated keeps its precision (6.9% and a table's 6.9); 5.5% and 5% are two rates, an outcome and an aim.
                if (!first.MayShareThePeriodOf(again)) continue;
                var (a, b) = (input.IntervalOf(first) * first.Sign, input.IntervalOf(again) * again.Sign);
                var (lineA, _) = input.Report.Position(first.Span.Start);
                var (lineB, _) = input.Report.Position(again.Span.Start);
                var finding = GenericFinding.About(Kind, [first, again], "one growth rate stated twice agrees with itself", Severity.Warning);
                if (a.Meets(b) && first.Decimals == again.Decimals)
                    yield return finding.Judged(a, b, true, "%") with
                    {
                        Message = $"The growth of {name} is stated as {first.Text} (line {lineA}) and as {again.Text} (line {lineB}); they agree within rounding.",
                    };
                else if (SameDigits(first, again) && first.Sign == again.Sign)
                    yield return finding.Judged(a, b, false, "%") with
                    {
                        Status = CheckStatus.Warn,
                        Message = $"The growth of {name} is stated as {first.Text} (line {lineA}) and as {again.Text} (line {lineB}): the same digits at another power of ten.",
                    };
            }
        }
    }

    // The words right before an anniversary that name its event: the last characters of its subject (自治区成立, 特区建立).
    private const int EventLength = 4;

    /// <summary>
    /// One event's anniversary stated more than once (自治区成立 60 周年 in the review and again in the plan) is one number:
    /// equal passes, and another number is a `warn` (a slip in one of them).
    /// </summary>
    private IEnumerable<Finding> Anniversaries(CheckInput input)
    {
        var byEvent = input.Figures.Where(m => m.Unit == "周年" && m.Value is not null && m.Subject.Length >= EventLength)
            .GroupBy(m => (m.Subject[^EventLength..], m.Period)).Where(g => g.Count() >= 2);
        foreach (var group in byEvent)
        {
            var first = group.First();
            foreach (var again in group.Skip(1))
            {
                var (lineA, _) = input.Report.Position(first.Span.Start);
                var (lineB, _) = input.Report.Position(again.Span.Start);
                var holds = first.Value == again.Value;
                var finding = GenericFinding.About(Kind, [first, again], "one event's anniversary stated twice is one number", Severity.Warning)
                    .Judged(input.IntervalOf(first), input.IntervalOf(again), holds, first.Unit);
                yield return finding with
                {
                    Status = holds ? CheckStatus.Pass : CheckStatus.Warn,
                    Message = $"The anniversary of {first.Subject} is stated as {first.Text} (line {lineA}) and as {again.Text} (line {lineB}){(holds ? "" : ": not one number")}.",
                };
            }
        }
    }

    private static string GrowthName(string subject)
    {
        var name = StatementWords.RowName(subject);
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var word in GrowthWords)
                if (name.EndsWith(word, StringComparison.Ordinal)) (name, stripped) = (name[..^word.Length], true);
        }
        return name.EndsWith("增加值", StringComparison.Ordinal) ? name[..^3] : name;
    }

    private Finding? Judge(CheckInput input, string name, Mention first, Mention again)
    {
        var (a, b) = (input.IntervalOf(first), input.IntervalOf(again));
        var (lineA, _) = input.Report.Position(first.Span.Start);
        var (lineB, _) = input.Report.Position(again.Span.Start);
        var finding = GenericFinding.About(Kind, [first, again], "one indicator stated twice agrees with itself", Severity.Warning);
        if (a.Meets(b))
            return finding.Judged(a, b, true, first.Unit) with
            {
                Message = $"{name} is stated as {first.Text} (line {lineA}) and as {again.Text} (line {lineB}); they agree within rounding.",
            };
        if (!IsNear(first, again) && !SameDigits(first, again)) return null;
        return finding.Judged(a, b, false, first.Unit) with
        {
            Status = CheckStatus.Warn,
            Message = $"{name} is stated as {first.Text} = {IntervalText.Format(a)} {first.Unit} (line {lineA}) and as {again.Text} = {IntervalText.Format(b)} {again.Unit} (line {lineB}); they do not agree within rounding.",
        };
    }


    private static bool IsNear(Mention x, Mention y) =>
        x.Value is { } a && y.Value is { } b && a > 0 && b > 0 && Math.Abs(a - b) <= NearShare * Math.Max(a, b);

    // 83512 and 8.3512: the same digits at another power of ten, a slip of 万 or of the decimal point.
    private static bool SameDigits(Mention x, Mention y) => Digits(x.Number) is { Length: >= 2 } d && d == Digits(y.Number) && x.Value != y.Value;

    private static string Digits(string number) => number.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim('0');
}
