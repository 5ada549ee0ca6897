namespace Stats.Reporting.Agriculture;

/// <summary>
/// Where a value stops being believable: outside [WarnLow, WarnHigh] it deserves a look, outside [FailLow, FailHigh] it is
/// implausible. Comes from reference data (data/reference/plausibility.yaml) or a caller, never from a report.
/// </summary>
public sealed record PlausibilityBand(decimal FailLow, decimal WarnLow, decimal WarnHigh, decimal FailHigh, string Unit)
{
    public PlausibilityVerdict Judge(decimal value) =>
        value < FailLow || value > FailHigh ? PlausibilityVerdict.Implausible
        : value < WarnLow || value > WarnHigh ? PlausibilityVerdict.Doubtful
        : PlausibilityVerdict.Plausible;
}
