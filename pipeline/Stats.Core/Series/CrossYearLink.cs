using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Core.Series;

/// <summary>
/// One confrontation of two reports of a place: what the later one states (<see cref="Stated"/>, e.g. a growth rate in %)
/// against what the two printed levels imply (<see cref="Implied"/>), with its status, the outcome of a target (met or
/// missed), why a gap is customary (<see cref="Revision"/>) and the reading that explains a gap as a slip.
/// </summary>
public sealed record CrossYearLink(
    LinkKind Kind,
    PrintedLevel Earlier,
    PrintedLevel Later,
    Mention? Statement,
    Interval? Stated,
    Interval? Implied,
    CheckStatus Status,
    string Outcome,
    string Revision,
    string Reading)
{
    public string Place => Later.Report.Place;

    public string Indicator => Later.Indicator;

    public int Period => Later.Period;
}
