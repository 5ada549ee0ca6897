namespace Stats.Core.Extraction;

/// <summary>Whether a figure reports what happened or what is planned.</summary>
public enum Basis
{
    Unknown,
    /// <summary>An outcome of the year under review (or earlier).</summary>
    Actual,
    /// <summary>A target, plan or forecast for a coming period (力争, 预计, 计划, 目标).</summary>
    Target,
}
