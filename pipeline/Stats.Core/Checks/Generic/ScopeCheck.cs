using System.Text.RegularExpressions;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A place's own tier and its zones hold part of the whole place's account. Budget reports state one account for the
/// whole place (全市一般公共预算支出), for its own tier of government (市本级, 市级) and for zones it runs (经济技术开发区,
/// 高新区, 新区, 管理区); the tier's figure is at most the whole's, and so is the zones' sum, since no zone holds another.
/// The tier and the zones are not added together: a tier may include a zone (市本级（含南湖新区）).
/// <para>
/// A scope opens a paragraph and holds for its figures until another scope word (…开发区一般公共预算地方收入 A，支出 B。政府性
/// 基金收入 C…); a bare 收入 or 支出 belongs to the fund named before it in the paragraph. Figures of one account must share
/// their period and their basis, a year's outcome estimated before its close (预计完成) counting as an outcome. Both are bounds, not equalities: they catch a figure in the wrong unit or with lost digits.
/// </para>
/// </summary>
public sealed partial class ScopeCheck : IGenericCheck
{
    private enum Scope { Whole, Tier, Zone }

    [GeneratedRegex(@"^(全市|全省|全县|全区|全州|全盟|全旗|全镇)", RegexOptions.CultureInvariant)]
    private static partial Regex WholeWords();

    [GeneratedRegex(@"^(市本级|省本级|县本级|区本级|州本级|市级|省级|县级|区级|州级|本级)", RegexOptions.CultureInvariant)]
    private static partial Regex TierWords();

    // A zone's name: a few characters and the word for a zone (岳阳经济技术开发区, 临港高新区, 南湖新区, 屈原管理区).
    [GeneratedRegex(@"^\S{2,10}?(经济技术开发区|高新技术产业开发区|开发区|高新区|新区|管理区|示范区|工业园区)", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneWords();

    private static readonly string[] Funds = ["一般公共预算", "政府性基金", "国有资本经营预算", "社会保险基金"];

    private static readonly string[] DoingWords = ["预计完成", "预计", "完成", "安排", "实现", "执行", "全年"];

    // Accounts that may turn negative or are no part of a whole: balances, deficits, transfers between funds.
    private static readonly string[] SignedWords = ["结余", "结转", "赤字", "差额", "调出", "调入", "净"];

    private static readonly string[] TotalWords = ["总计", "合计", "总量", "加上", "共计"];

    public string Kind => CheckKind.Order.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var wholes = new Dictionary<string, Mention>();
        var tiers = new List<(string Key, Mention Figure)>();
        var zones = new List<(string Key, string Zone, Mention Figure)>();
        var text = input.Report.Content;
        (int Line, Scope Scope, string Zone, string Fund) paragraph = (-1, Scope.Whole, "", "");
        foreach (var m in input.TopStatedLevels)
        {
            if (m.Kind != MentionKind.Amount || m.Qualifier.Length > 0 && m.Qualifier is not ("约" or "左右")) continue;
            // A total of resources (加上…，收入总计 X) is no account of its own.
            var words = input.WordsBefore(m.Span.Start);
            if (TotalWords.Any(w => words.Contains(w, StringComparison.Ordinal))) continue;
            var line = LineStart(text, m.Span.Start);
            var subject = m.Subject.Replace(" ", "", StringComparison.Ordinal);
            var (scope, zone, rest) = ScopeOf(subject);
            if (scope is null)
            {
                // No scope word: the paragraph's scope holds, if the paragraph opened with one.
                if (paragraph.Line != line) continue;
                (scope, zone) = (paragraph.Scope, paragraph.Zone);
            }
            var account = Account(rest, paragraph.Line == line ? paragraph.Fund : "");
            paragraph = (line, scope.Value, zone, FundOf(account) is { Length: > 0 } fund ? fund : paragraph.Line == line ? paragraph.Fund : "");
            // An insurance fund's accumulated balance (滚存结余) cannot turn negative: it is a stock like the fund itself.
            var stock = account.EndsWith("保险基金" + Carried, StringComparison.Ordinal);
            if (account.Length < 4 || (!stock && SignedWords.Any(w => account.Contains(w, StringComparison.Ordinal)))) continue;
            var key = $"{account}|{m.Period}";
            switch (scope)
            {
                case Scope.Whole: wholes.TryAdd(key, m); break;
                case Scope.Tier: tiers.Add((key, m)); break;
                case Scope.Zone: zones.Add((key, zone, m)); break;
            }
        }
        foreach (var finding in InsuranceKinds(input, wholes, tiers)) yield return finding;
        foreach (var (key, figure) in tiers)
            if (WholeOf(wholes, key, figure, input) is { } whole)
                yield return AtMost(input, whole, [figure], "a tier of government's account is at most the whole place's");
        foreach (var group in zones.GroupBy(z => z.Key).OrderBy(g => g.First().Figure.Span.Start))
        {
            // One figure per zone: a zone restating its account is not a second part.
            var parts = group.DistinctBy(z => z.Zone).Select(z => z.Figure).ToList();
            if (WholeOf(wholes, group.Key, parts[0], input) is { } whole && parts.All(p => Shares(input, whole, p)))
                yield return AtMost(input, whole, parts, "the zones' accounts add up to at most the whole place's");
        }
    }

    private const string Insurance = "社会保险基金";
    private const string Carried = "滚存结余";

    /// <summary>
    /// A place's (or a tier's) social insurance funds by kind (机关事业单位养老保险基金收入, 城镇职工基本医疗保险基金收入…) are
    /// parts of its 社会保险基金 account on the same side: together they are at most it. Not every kind need be stated (the
    /// enterprise pension fund is pooled by the province), so the sum is a bound.
    /// </summary>
    private IEnumerable<Finding> InsuranceKinds(CheckInput input, Dictionary<string, Mention> wholes, List<(string Key, Mention Figure)> tiers)
    {
        var scoped = wholes.Select(w => (Scope: "whole", w.Key, Figure: w.Value))
            .Concat(tiers.Select(t => (Scope: "tier", t.Key, t.Figure)));
        var totals = new Dictionary<(string, string), List<Mention>>();
        var kinds = new List<(string Scope, string Total, Mention Figure)>();
        foreach (var (scope, key, figure) in scoped)
        {
            var account = key[..key.LastIndexOf('|')];
            var period = key[(key.LastIndexOf('|') + 1)..];
            foreach (var side in (string[])["收入", "支出", Carried])
            {
                if (!account.EndsWith("保险基金" + side, StringComparison.Ordinal)) continue;
                var total = $"{Insurance}{side}|{period}";
                if (account == Insurance + side || account == "社会保险基金预算" + side)
                {
                    if (!totals.TryGetValue((scope, total), out var list)) totals[(scope, total)] = list = [];
                    list.Add(figure);
                }
                else kinds.Add((scope, total, figure));
            }
        }
        foreach (var group in kinds.GroupBy(k => (k.Scope, k.Total)).OrderBy(g => g.First().Figure.Span.Start))
        {
            if (!totals.TryGetValue(group.Key, out var candidates)) continue;
            // A tier may state its fund twice (last year's outcome, next year's budget): the total is the one its kinds share.
            var (total, parts) = candidates.Select(t => (Total: t, Parts: group.Select(k => k.Figure).Where(p => Shares(input, t, p)).ToList()))
                .OrderByDescending(c => c.Parts.Count).First();
            if (parts.Count >= 2)
                yield return AtMost(input, total, parts, "a place's social insurance funds by kind add up to at most its social insurance fund", "the social insurance fund's");
        }
    }

    private static int LineStart(string text, int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

    private static (Scope? Scope, string Zone, string Remainder) ScopeOf(string subject)
    {
        if (WholeWords().Match(subject) is { Success: true } whole) return (Scope.Whole, "", subject[whole.Length..]);
        if (TierWords().Match(subject) is { Success: true } tier) return (Scope.Tier, "", subject[tier.Length..]);
        if (ZoneWords().Match(subject) is { Success: true } zone) return (Scope.Zone, zone.Value, subject[zone.Length..]);
        return (null, "", subject);
    }

    /// <summary>
    /// The account an amount states, without its scope, words of doing and parentheses (政府性基金（含专项债）支出 is 政府性基金
    /// 支出); 政府性基金预算 reads as 政府性基金, and a bare 收入 or 支出 takes the fund named before it.
    /// </summary>
    private static string Account(string rest, string fund)
    {
        var account = Parenthesised().Replace(rest, "");
        foreach (var word in DoingWords) account = account.Replace(word, "", StringComparison.Ordinal);
        account = StatementWords.IndicatorName(account).Replace("政府性基金预算", "政府性基金", StringComparison.Ordinal);
        return account is "收入" or "支出" or "地方收入" or Carried && fund.Length > 0 ? fund + account : account;
    }

    // The fund an account names: a budget's fund (政府性基金…), or a kind of insurance fund (城镇职工基本医疗保险基金…).
    [GeneratedRegex(@"[（(][^）)]*[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    private static string FundOf(string account)
    {
        if (Funds.FirstOrDefault(f => account.StartsWith(f, StringComparison.Ordinal)) is { } fund) return fund;
        var insurance = account.IndexOf("保险基金", StringComparison.Ordinal);
        return insurance > 0 ? account[..(insurance + 4)] : "";
    }

    private static Mention? WholeOf(Dictionary<string, Mention> wholes, string key, Mention part, CheckInput input) =>
        wholes.TryGetValue(key, out var whole) && Shares(input, whole, part) ? whole : null;

    // One account of one period and basis; a year's outcome estimated before its close (预计完成 X) is an outcome.
    private static bool Shares(CheckInput input, Mention whole, Mention part) =>
        whole.Unit == part.Unit && whole.Dimension == part.Dimension && whole.MayShareThePeriodOf(part) &&
        Outcome(input, whole) == Outcome(input, part);

    private static bool Outcome(CheckInput input, Mention m) =>
        m.Basis != Basis.Target || Estimated(input.Report.Content[m.Sentence.Start..m.Span.Start]);

    private static bool Estimated(string before) =>
        before.Contains("预计", StringComparison.Ordinal) && !before.Contains("安排", StringComparison.Ordinal) && !before.Contains("预算草案", StringComparison.Ordinal);

    private Finding AtMost(CheckInput input, Mention whole, IReadOnlyList<Mention> parts, string label, string whose = "the whole place's")
    {
        var bound = input.IntervalOf(whole);
        var sum = parts.Select(input.IntervalOf).Aggregate((a, b) => a + b);
        var terms = string.Join(" + ", parts.Select(p => p.Text));
        return GenericFinding.About(Kind, [whole, .. parts], label).AtMost(bound, sum, whole.Unit, holds => holds
            ? $"{terms} = {IntervalText.Format(sum)} {whole.Unit} is at most {whose} {whole.Text} = {IntervalText.Format(bound)} {whole.Unit}."
            : $"{terms} = {IntervalText.Format(sum)} {whole.Unit} exceeds {whose} {whole.Text} = {IntervalText.Format(bound)} {whole.Unit}, of which it is a part.");
    }
}
