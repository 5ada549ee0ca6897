using Stats.Core.Findings;

namespace Stats.Tests.Core.Checks;

/// <summary>A divisor that may be zero makes the check that needs it not evaluable, with its reason; it never stops a kind of check.</summary>
public sealed class DivisionTests
{
    [Test]
    public void A_ratio_whose_parts_add_up_to_zero_gives_not_evaluable_terms_and_no_error()
    {
        var findings = CheckedText.CheckText("全年实现地区生产总值0亿元，其中，第一产业增加值0亿元，第二产业增加值0亿元，第三产业增加值0亿元，三次产业结构比例为18.0:48.6:33.4。");

        Assert.That(findings.Where(f => f.Status == CheckStatus.Error), Is.Empty);
        Assert.That(findings.Where(f => f.Kind == CheckKind.Ratio.Name && f.Status == CheckStatus.NotEvaluable).Select(f => f.Message),
            Has.Some.Contains("may add up to zero"));
    }
}
