using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Units;

namespace Stats.Core.Rules.Expressions;

/// <summary>The decision of a rule: whether it holds, the observed left side and the expected right side, both in <see cref="Unit"/>.</summary>
public sealed record Outcome(bool Holds, Interval Observed, Interval Expected, Unit Unit);
