namespace Stats.Synthetic;

/// <summary>A made-up place's bulletins over three years, by year, with the one error planted in them (none for a clean series).</summary>
public sealed record SyntheticSeries(string Place, IReadOnlyList<(int Year, string Text)> Reports, SeriesPlant? Plant);
