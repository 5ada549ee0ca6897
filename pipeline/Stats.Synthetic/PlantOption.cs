namespace Stats.Synthetic;

/// <summary>
/// An error the draft could carry at one figure: <see cref="Wrong"/> gives the erroneous figure, or null when this figure
/// admits no such error (a rate every value of its precision reaches, a numeral with no digit to swap).
/// </summary>
internal sealed record PlantOption(int Figure, PlantedErrorKind Kind, Func<DraftFigure, SeededRandom, DraftFigure?> Wrong);
