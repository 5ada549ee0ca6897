namespace Stats.Synthetic;

/// <summary>
/// One error planted in a report: <see cref="Printed"/> is the figure as it now reads, starting at <see cref="Offset"/>
/// (UTF-16 code units into the report's text); <see cref="Original"/> is what a correct report would print there.
/// </summary>
public sealed record PlantedError(PlantedErrorKind Kind, string Printed, int Offset, string Original);
