using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>
/// A different basis: a growth rate at comparable prices, a list under 其中 that is not exhaustive, a rate that means
/// "at least". The printed value stays; what the checks may conclude from it changes.
/// </summary>
public sealed class BasisGenerator : IReadingGenerator
{
    public const decimal Cost = 1m;

    // Only output values are customarily stated at comparable prices (NBS bulletins state the growth of GDP and value added 按可比价格); revenue or counts never are.
    private static readonly string[] OutputValueWords = ["生产总值", "增加值", "产值", "GDP"];

    public IEnumerable<Reading> For(Mention figure)
    {
        if (figure.Value is null) yield break;
        if (figure.Role == Role.Growth && OutputValueWords.Any(w => figure.Subject.Contains(w, StringComparison.Ordinal)))
            yield return new Reading(figure, figure, ReadingKind.Basis, figure.Text + " at comparable prices (按可比价格)", Cost) { Assumption = Assumption.RealGrowth };
        if (figure.Role == Role.Level && figure.Kind is MentionKind.Amount or MentionKind.Quantity or MentionKind.Count)
            yield return new Reading(figure, figure, ReadingKind.Basis, figure.Text + " with a non-exhaustive list under 其中", Cost) { Assumption = Assumption.NotExhaustive };
        if (figure.Role is Role.Rate or Role.Share && figure.Qualifier.Length == 0)
            yield return new Reading(figure, figure with { Qualifier = "以上" }, ReadingKind.Basis, figure.Text + "以上 (at least)", Cost);
    }
}
