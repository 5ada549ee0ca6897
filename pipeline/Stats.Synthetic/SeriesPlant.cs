namespace Stats.Synthetic;

/// <summary>
/// One planted cross-year error: its kind, the year of the report that prints the wrong figure (a slip) or the revised growth
/// (a revision), the indicator, and the figure as printed there.
/// </summary>
public sealed record SeriesPlant(SeriesErrorKind Kind, int Year, string Indicator, string Printed);
