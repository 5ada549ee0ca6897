namespace Stats.Reporting.Plots;

/// <summary>One plot as PNG bytes and SVG text, with the file stem it is written under and the texts drawn on it.</summary>
public sealed record RenderedPlot(string Name, string Title, byte[] Png, string Svg, IReadOnlyList<string> Labels);
