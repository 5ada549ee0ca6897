using Stats.Core.Intervals;

namespace Stats.Core.References;

/// <summary>
/// Where a value stops being believable, from the reference data (plausibility.yaml): outside the fail band it is
/// implausible, outside the warn band (where the project has one) doubtful. The one judge that the per-unit check and the
/// report's yield table and plot share. Both bands are in <see cref="Unit"/>.
/// </summary>
public sealed record PlausibilityBands
{
    public PlausibilityBands(Reference fail, Reference? warn)
    {
        if (warn is not null && warn.Unit != fail.Unit)
            throw new ArgumentException($"the bands {fail.Id} and {warn.Id} are in different units ({fail.Unit}, {warn.Unit})", nameof(warn));
        Fail = fail;
        Warn = warn;
    }

    public Reference Fail { get; }

    public Reference? Warn { get; }

    public string Unit => Fail.Unit;

    /// <summary>The band a plausible value lies in: the warn band, or the fail band where there is none.</summary>
    public Reference Usual => Warn ?? Fail;

    /// <summary>Implausible when no value of <paramref name="value"/> (in <see cref="Unit"/>) lies in the fail band; doubtful when none lies in the warn band.</summary>
    public PlausibilityVerdict Judge(Interval value) =>
        !value.Meets(Fail.Value) ? PlausibilityVerdict.Implausible
        : Warn is { } w && !value.Meets(w.Value) ? PlausibilityVerdict.Doubtful
        : PlausibilityVerdict.Plausible;

    /// <summary>The same judgement of a single value.</summary>
    public PlausibilityVerdict Judge(decimal value) => Judge(Interval.Point(value));
}
