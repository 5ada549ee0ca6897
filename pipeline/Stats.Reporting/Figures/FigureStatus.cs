namespace Stats.Reporting.Figures;

/// <summary>What the checks say about one figure, worst first.</summary>
public enum FigureStatus
{
    /// <summary>Takes part in at least one failed finding.</summary>
    Failed,
    /// <summary>Takes part in a warn, not_evaluable or error finding, and in no failed one.</summary>
    Flagged,
    /// <summary>Takes part only in passing findings.</summary>
    Validated,
    /// <summary>Takes part in no finding.</summary>
    Unchecked,
}
