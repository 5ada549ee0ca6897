namespace Stats.Synthetic;

/// <summary>The cross-year errors and revisions the series generator plants, each at the middle year of a three-year series.</summary>
public enum SeriesErrorKind
{
    /// <summary>Last year's level printed with its point moved one place (the same digits, ten times too large or small).</summary>
    TenfoldSlip,
    /// <summary>One digit of last year's level struck for another, or two adjacent digits swapped.</summary>
    DigitTypo,
    /// <summary>This year's growth computed on a revised base (last year's level moved by 1–4%), as final figures revise flash ones.</summary>
    Revision,
}
