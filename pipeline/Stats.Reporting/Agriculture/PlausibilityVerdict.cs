namespace Stats.Reporting.Agriculture;

/// <summary>Where a value falls against a <see cref="PlausibilityBand"/>.</summary>
public enum PlausibilityVerdict
{
    Plausible,
    /// <summary>Inside the fail band but outside the warn band.</summary>
    Doubtful,
    Implausible,
}
