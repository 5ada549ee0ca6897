using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A fund's balances across its statements. A fund statement ends …支出 E，当年结余 B，年末滚存结余 R: the year's balance is
/// the fund's income less its spending, even when the income stands in the sentence before (市级…收入 I。市级…支出 E，当年
/// 结余 B); and the year-end balance is last year's year-end balance of the same fund plus this year's balance (R = R₋₁ + B),
/// which links a budget's coming year to the outcome of the year before it. A fund is named by the words up to 基金 of its
/// statement's first figure (全市社会保险基金, 市级社会保险基金).
/// </summary>
public sealed class FundRolloverCheck : IGenericCheck
{
    private const string YearBalance = "当年结余";
    private const string Carried = "滚存结余";

    public string Kind => CheckKind.Balance.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var levels = input.TopStatedLevels.Where(m => m.Kind == MentionKind.Amount).ToList();
        var carried = new List<(Mention Balance, Mention Year, string Fund)>();
        for (var i = 1; i < levels.Count; i++)
        {
            var year = levels[i];
            if (!year.Subject.EndsWith(YearBalance, StringComparison.Ordinal) || year.Sentence != levels[i - 1].Sentence) continue;
            var fund = FundOf(levels, i);
            if (fund.Length == 0) continue;
            var spending = levels[i - 1];
            if (spending.Subject.Contains("支出", StringComparison.Ordinal) && IncomeBefore(levels, i - 1, fund) is { } income)
                yield return Balanced(input, income, spending, year);
            if (i + 1 < levels.Count && levels[i + 1].Sentence == year.Sentence && levels[i + 1].Subject.EndsWith(Carried, StringComparison.Ordinal))
                carried.Add((levels[i + 1], year, fund));
        }
        foreach (var (balance, year, fund) in carried)
        {
            if (balance.Period is not { } period) continue;
            var before = carried.FirstOrDefault(c => c.Fund == fund && c.Balance.Period == period - 1 && c.Balance.Unit == balance.Unit);
            if (before.Balance is not null) yield return Rolled(input, before.Balance, year, balance);
        }
    }

    // The fund of the statement holding levels[at]: the words up to 基金 of its sentence's first figure.
    private static string FundOf(IReadOnlyList<Mention> levels, int at)
    {
        var first = at;
        while (first > 0 && levels[first - 1].Sentence == levels[at].Sentence) first--;
        var subject = levels[first].Subject.Replace(" ", "", StringComparison.Ordinal);
        var end = subject.IndexOf("基金", StringComparison.Ordinal);
        return end < 0 ? "" : subject[..(end + 2)];
    }

    // The fund's income: the nearest level named by the fund and 收入 in the spending's sentence or the one before, unless the
    // spending's own sentence opens with it (a statement the balance check reads whole).
    private static Mention? IncomeBefore(IReadOnlyList<Mention> levels, int spending, string fund)
    {
        for (var k = spending - 1; k >= 0 && spending - k <= 4; k--)
        {
            var m = levels[k];
            if (m.Sentence == levels[spending].Sentence) continue;
            var subject = m.Subject.Replace(" ", "", StringComparison.Ordinal);
            return subject.StartsWith(fund, StringComparison.Ordinal) && subject.EndsWith("收入", StringComparison.Ordinal) && m.Unit == levels[spending].Unit ? m : null;
        }
        return null;
    }

    private Finding Balanced(CheckInput input, Mention income, Mention spending, Mention balance)
    {
        var implied = input.IntervalOf(income) - input.IntervalOf(spending);
        var stated = input.IntervalOf(balance);
        var holds = implied.Meets(stated);
        return GenericFinding.About(Kind, [income, spending, balance], "a fund's balance of the year is its income less its spending").Judged(stated, implied, holds, balance.Unit) with
        {
            Message = $"{income.Text} - {spending.Text} = {IntervalText.Format(implied)} {balance.Unit}, which {(holds ? "meets" : "misses")} the stated balance of the year {balance.Text} = {IntervalText.Format(stated)} {balance.Unit}.",
        };
    }

    private Finding Rolled(CheckInput input, Mention before, Mention year, Mention balance)
    {
        var implied = input.IntervalOf(before) + input.IntervalOf(year);
        var stated = input.IntervalOf(balance);
        var holds = implied.Meets(stated);
        return GenericFinding.About(Kind, [before, year, balance], "a fund's year-end balance is last year's plus the year's balance").Judged(stated, implied, holds, balance.Unit) with
        {
            Message = $"Last year's year-end balance {before.Text} + the year's balance {year.Text} = {IntervalText.Format(implied)} {balance.Unit}, which {(holds ? "meets" : "misses")} the stated year-end balance {balance.Text} = {IntervalText.Format(stated)} {balance.Unit}.",
        };
    }
}
