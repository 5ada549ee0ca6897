using Stats.Core.Findings;

namespace Stats.Core.Checks.Generic;

/// <summary>A check derived from the text alone: it needs no catalogue and no rules file.</summary>
public interface IGenericCheck
{
    /// <summary>The family of findings it produces (share, parts, granularity…).</summary>
    string Kind { get; }

    IEnumerable<Finding> Run(CheckInput input);
}
