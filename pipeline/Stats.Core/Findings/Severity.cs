namespace Stats.Core.Findings;

/// <summary>How much a failed check matters: an error-severity failure makes <c>stats check</c> exit 1.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
