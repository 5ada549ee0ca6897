namespace Stats.Core.Extraction;

/// <summary>The heading path in force from a line on: its text, the year it names and whether it reviews or plans.</summary>
internal sealed record SectionHeading(int From, string Path, int? Year, SectionPurpose Purpose);

/// <summary>What a section of a work report is about, which decides a figure's default basis.</summary>
internal enum SectionPurpose
{
    Other,
    /// <summary>工作回顾, 工作总结: outcomes.</summary>
    Review,
    /// <summary>工作计划, 工作安排, 目标: targets.</summary>
    Plan,
}
