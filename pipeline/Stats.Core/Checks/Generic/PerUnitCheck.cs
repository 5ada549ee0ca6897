using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.References;
using Stats.Core.Units;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// Implied per-unit values (yield, cost per kilometre, amount per household) where one sentence states both figures,
/// held to the reference bands the project has: outside the fail band fails, outside the warn band warns.
/// </summary>
public sealed class PerUnitCheck(IReadOnlyList<PerUnitRatio> ratios, UnitCatalog units, ReferenceSet references) : IGenericCheck
{
    public string Kind => CheckKind.PerUnit.Name;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        foreach (var sentence in input.Figures.Where(Breakdown.IsLevel).GroupBy(m => m.Sentence))
        {
            foreach (var ratio in ratios)
            {
                if (OnlyMatch(sentence, ratio.Numerator) is not { } numerator || OnlyMatch(sentence, ratio.Denominator) is not { } denominator
                    || numerator == denominator) continue;
                yield return Evaluate(input, ratio, numerator, denominator);
            }
        }
    }

    // The one figure of a sentence a pattern matches, or null when none or several do. A diagnosis re-runs this check for
    // every reading of a yield's figures, each sentence against every ratio: a loop, not a list per pattern.
    private static Mention? OnlyMatch(IEnumerable<Mention> sentence, FigurePattern pattern)
    {
        Mention? only = null;
        foreach (var m in sentence)
        {
            if (!pattern.Matches(m)) continue;
            if (only is not null) return null;
            only = m;
        }
        return only;
    }

    private Finding Evaluate(CheckInput input, PerUnitRatio ratio, Mention numerator, Mention denominator)
    {
        var evidence = new[] { numerator, denominator };
        var fail = ratio.FailBand is { } f ? references.Find(f) : null;
        var warn = ratio.WarnBand is { } w ? references.Find(w) : null;
        var finding = GenericFinding.About(Kind, evidence, ratio.Label, fail is null ? Severity.Info : Severity.Error);
        if (Interval.Divide(input.IntervalOf(numerator), input.IntervalOf(denominator)).Value is not { } raw)
            return finding with { Status = CheckStatus.NotEvaluable, Message = $"{denominator.Text} may be zero, so the {ratio.Label} cannot be computed." };
        var rawUnit = numerator.Unit + "/" + denominator.Unit;
        var shown = ratio.Show.Select(u => (Unit: u, Value: units.Convert(raw, rawUnit, u))).ToList();
        var computed = string.Join(" = ", shown.Select(s => $"{IntervalText.Format(s.Value, 6)} {s.Unit}"));
        var head = $"{numerator.Text} / {denominator.Text} = {computed}";
        if (fail is null)
            return finding with
            {
                Status = CheckStatus.NotEvaluable,
                Observed = shown[0].Value,
                Unit = shown[0].Unit,
                Message = $"{head} ({ratio.Label}; the project has no reference band for it, so it is not judged).",
            };
        // Outside the possible band fails; outside the usual band, where the project has one, warns.
        var bands = new PlausibilityBands(fail, warn);
        var inBandUnit = units.Convert(raw, rawUnit, bands.Unit);
        var (status, band, words) = bands.Judge(inBandUnit) switch
        {
            PlausibilityVerdict.Implausible => (CheckStatus.Fail, fail, "outside the possible"),
            PlausibilityVerdict.Doubtful => (CheckStatus.Warn, warn!, "possible but outside the usual"),
            _ => (CheckStatus.Pass, bands.Usual, ""),
        };
        if (status == CheckStatus.Pass)
            return finding with { Expected = band.Value, Observed = inBandUnit, Unit = bands.Unit, Message = $"{head}, within the usual {ratio.Label} {band.Text}." };
        return finding with
        {
            Status = status,
            Expected = band.Value,
            Observed = inBandUnit,
            Unit = bands.Unit,
            Margin = inBandUnit.Gap(band.Value),
            Message = $"{head}, {words} {ratio.Label} {band.Text} ({band.Source}).",
        };
    }
}
