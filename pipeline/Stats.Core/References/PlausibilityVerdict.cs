namespace Stats.Core.References;

/// <summary>Where a value falls against its <see cref="PlausibilityBands"/>.</summary>
public enum PlausibilityVerdict
{
    Plausible,
    /// <summary>Inside the fail band but outside the warn band.</summary>
    Doubtful,
    Implausible,
}
