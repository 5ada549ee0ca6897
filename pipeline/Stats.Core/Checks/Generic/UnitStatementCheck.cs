using System.Text.RegularExpressions;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Units;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Unit statements: a quantity restated in another unit right after it, "X亩（合 Y公顷）" or "X公顷，折合Y万亩", must convert
/// to the restated value within rounding.
/// </summary>
public sealed partial class UnitStatementCheck(UnitCatalog units) : IGenericCheck
{
    public string Kind => CheckKind.Units.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var quantities = input.Figures.Where(m => m.Kind == MentionKind.Quantity || m.Kind == MentionKind.Amount).ToList();
        for (var i = 0; i + 1 < quantities.Count; i++)
        {
            var (first, second) = (quantities[i], quantities[i + 1]);
            if (first.Dimension != second.Dimension || first.Unit == second.Unit) continue;
            var between = input.Report.Content[first.Span.End..second.Span.Start];
            var after = input.Report.Content[second.Span.End..Math.Min(input.Report.Content.Length, second.Span.End + 2)];
            if (ExchangeRate().Match(between) is { Success: true } rate && first.Unit == "元" && second.Unit == "美元")
            {
                yield return Converted(input, first, second, rate);
                continue;
            }
            var parenthesised = Parenthesis().IsMatch(between) && (after.StartsWith('）') || after.StartsWith(')'));
            if (!parenthesised && !Restatement().IsMatch(between)) continue;
            yield return Compare(input, first, second);
        }
    }

    private Finding Compare(CheckInput input, Mention first, Mention second)
    {
        var evidence = new[] { first, second };
        // A currency (元 折合 美元) or any unit without a fixed factor has no conversion to check against.
        if (units.Find(first.Unit) is not { } from || units.Find(second.Unit) is not { } to)
            return GenericFinding.About(Kind, evidence, "a quantity restated in another unit converts to the restated value") with
            {
                Status = CheckStatus.NotEvaluable,
                Message = $"{first.Text} and {second.Text} have no fixed conversion between them (data/reference/units.yaml has no factor from {first.Unit} to {second.Unit}).",
            };
        var converted = Stats.Core.Units.UnitCatalog.Convert(input.IntervalOf(first), from, to);
        var stated = input.IntervalOf(second);
        var holds = converted.Meets(stated);
        var finding = GenericFinding.About(Kind, evidence, "a quantity restated in another unit converts to the restated value").Judged(stated, converted, holds, second.Unit) with
        {
            Message = $"{first.Text} = {IntervalText.Format(converted, 6)} {second.Unit}, which {(holds ? "meets" : "misses")} the restated {second.Text} = {IntervalText.Format(stated, 6)} {second.Unit}.",
        };
        // A bound (以上, 不足) restated as another bound says nothing about the value itself.
        return converted.IsBounded && stated.IsBounded
            ? finding
            : finding with { Status = CheckStatus.NotEvaluable, Margin = null, Message = $"{first.Text} and {second.Text} are bounds, not values, so the restatement cannot be checked." };
    }

    /// <summary>
    /// 人均地区生产总值 X 元，按平均汇率（1:r）计算为 Y 美元: an amount in yuan converted to dollars at the rate the report
    /// states is X / r within the rounding of X, r and Y.
    /// </summary>
    private Finding Converted(CheckInput input, Mention yuan, Mention dollars, Match rate)
    {
        var digits = rate.Groups[1].Value;
        var perDollar = Interval.Printed(digits);
        var finding = GenericFinding.About(Kind, [yuan, dollars], "an amount converted at the exchange rate the report states");
        if (Interval.Divide(input.IntervalOf(yuan), perDollar).Value is not { } converted)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"The exchange rate 1:{digits} may be zero." };
        var stated = input.IntervalOf(dollars);
        var holds = converted.Meets(stated);
        return finding.Judged(stated, converted, holds, dollars.Unit) with
        {
            Message = $"{yuan.Text} / {digits} = {IntervalText.Format(converted, 6)} {dollars.Unit}, which {(holds ? "meets" : "misses")} the stated {dollars.Text} = {IntervalText.Format(stated, 6)} {dollars.Unit}.",
        };
    }

    [GeneratedRegex(@"汇率\s*[（(]?\s*1\s*[:：]\s*([0-9]+(?:\.[0-9]+)?)\s*[）)]?\s*(计算|折合|折算|约)?(为|合)?\s*$")]
    private static partial Regex ExchangeRate();

    [GeneratedRegex(@"^\s*[（(]\s*(合|约合|折合|约|即|相当于)?\s*$")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^\s*[，,]?\s*(合|约合|折合|即|相当于)\s*$")]
    private static partial Regex Restatement();
}
