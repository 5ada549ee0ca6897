using Stats.Core.Extraction;

namespace Stats.Core.Statements;

/// <summary>
/// What one figure states, as the checks read it: the indicator it is about (and whether that adds up), its period and basis,
/// its role (a level, a change from another period, a figure of an earlier period, a growth rate, a share, another rate), the
/// level it qualifies, and the total it is a part of. statements.csv shows every link the checks rely on.
/// </summary>
public sealed record Statement(
    Mention Figure,
    Indicator Indicator,
    StatementRole Role,
    int? LinkedTo,
    int? PartOf);

/// <summary>A figure's role in its statement.</summary>
public enum StatementRole
{
    Level,
    /// <summary>A change from another period (比上年增加 6517万元): neither a level nor a part.</summary>
    Change,
    /// <summary>A figure of an earlier period (由上年的 45.4:14.4:40.2).</summary>
    Previous,
    Growth,
    Share,
    Rate,
}
