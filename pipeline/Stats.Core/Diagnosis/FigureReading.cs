namespace Stats.Core.Diagnosis;

/// <summary>
/// How a hypothesis reads one figure, as a quantity rather than text: the printed number times <see cref="Multiplier"/>
/// as <see cref="Value"/> in <see cref="Unit"/> (320万斤 → 3200000 斤, multiplier 10000). Value is null for a figure
/// without one (a ratio).
/// </summary>
public sealed record FigureReading(int Mention, decimal? Value, string Unit, decimal Multiplier);
