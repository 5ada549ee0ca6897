using System.Text.RegularExpressions;

namespace Stats.Core.Extraction;

/// <summary>
/// Whether a figure is an outcome or a target. A plan section (工作计划) makes every figure a target. In a review
/// section (工作回顾) figures are outcomes unless the sentence says 力争/预计/计划/拟/预期 — 争取 and 确保 there mean
/// "secured" and "ensured" (争取上级资金9200万元). Elsewhere any target word (also 目标, 确保, 争取) makes a target, and
/// without one the basis is unknown.
/// </summary>
internal static partial class FigureBasis
{
    public static Basis Of(SectionPurpose purpose, ReadOnlySpan<char> sentence) => purpose switch
    {
        SectionPurpose.Plan => Basis.Target,
        SectionPurpose.Review => StrongTargetWords().IsMatch(sentence) ? Basis.Target : Basis.Actual,
        _ => TargetWords().IsMatch(sentence) ? Basis.Target : Basis.Unknown,
    };

    [GeneratedRegex("力争|预计|计划|拟|预期")]
    private static partial Regex StrongTargetWords();

    [GeneratedRegex("力争|预计|计划|目标|确保|拟|争取|预期")]
    private static partial Regex TargetWords();
}
