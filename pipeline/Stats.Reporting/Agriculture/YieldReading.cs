namespace Stats.Reporting.Agriculture;

/// <summary>
/// An area and an output read together, as printed or under one hypothesis, with the yield they imply.
/// Reading is "printed" or the hypothesis's reading (1234万斤); Rule and Rank name the hypothesis.
/// </summary>
public sealed record YieldReading
{
    public required string Reading { get; init; }

    public string Rule { get; init; } = "";

    public int? Rank { get; init; }

    public required int AreaId { get; init; }

    public required string AreaText { get; init; }

    public required decimal AreaMu { get; init; }

    /// <summary>The same area in 公顷, converted by the unit catalogue.</summary>
    public required decimal AreaHectares { get; init; }

    public required int OutputId { get; init; }

    public required string OutputText { get; init; }

    public required decimal OutputKg { get; init; }

    /// <summary>The same output in 吨, converted by the unit catalogue.</summary>
    public required decimal OutputTonnes { get; init; }

    public bool IsPrinted => Rule.Length == 0;

    /// <summary>kg per 亩, rounded to 0.01.</summary>
    public decimal YieldKgPerMu => Math.Round(OutputKg / AreaMu, 2, MidpointRounding.AwayFromZero);

    /// <summary>Tonnes per hectare, rounded to 0.0001.</summary>
    public decimal YieldTonnesPerHectare => Math.Round(OutputTonnes / AreaHectares, 4, MidpointRounding.AwayFromZero);
}
