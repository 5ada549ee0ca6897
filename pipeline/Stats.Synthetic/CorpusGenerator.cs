namespace Stats.Synthetic;

/// <summary>
/// Generates synthetic work reports with planted errors and their answer key. Report <c>i</c> of seed <c>s</c> is always
/// the same text: it depends on nothing but (s, i), so a corpus can be regenerated, sharded or streamed one report at a time.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    // How many errors a report carries: some stay clean so the checks' false flags can be measured on them.
    private static readonly double[] PlantCountOdds = [0.3, 0.3, 0.25, 0.15];

    public int Seed => seed;

    public SyntheticReport Report(int index)
    {
        var random = new SeededRandom(seed, index);
        var draft = new ReportComposer(random).Compose();
        var planted = Plant(draft, random, PlantCount(random));
        var (text, offsets) = draft.Render();
        var answers = planted
            .Select(p => new PlantedError(p.Kind, draft[p.Figure].Text, offsets[p.Figure], p.Original))
            .OrderBy(a => a.Offset)
            .ToList();
        return new SyntheticReport($"synthetic-{seed}-{index:D5}", text, answers);
    }

    /// <summary>Reports first … first + count - 1, generated lazily: only the one being read is held.</summary>
    public IEnumerable<SyntheticReport> Reports(int count, int first = 0)
    {
        for (var i = 0; i < count; i++) yield return Report(first + i);
    }

    private static int PlantCount(SeededRandom random)
    {
        var roll = random.Decimal(0m, 1m);
        for (var n = 0; n < PlantCountOdds.Length; n++)
        {
            roll -= (decimal)PlantCountOdds[n];
            if (roll < 0m) return n;
        }
        return PlantCountOdds.Length - 1;
    }

    private sealed record Planted(int Figure, PlantedErrorKind Kind, string Original);

    /// <summary>
    /// Plants up to <paramref name="count"/> errors at distinct figures, choosing the kind first so that kinds with few
    /// candidate figures (a share, a coverage rate) are planted about as often as typos, which every figure admits.
    /// </summary>
    private static List<Planted> Plant(ReportDraft draft, SeededRandom random, int count)
    {
        var planted = new List<Planted>();
        var open = draft.Options.ToList();
        while (planted.Count < count && open.Count > 0)
        {
            var kinds = open.Select(o => o.Kind).Distinct().Order().ToList();
            var kind = random.Pick(kinds);
            var candidates = open.Where(o => o.Kind == kind).ToList();
            var option = random.Pick(candidates);
            open.Remove(option);
            var original = draft[option.Figure];
            if (option.Wrong(original, random) is not { } wrong || wrong == original) continue;
            draft.Replace(option.Figure, wrong);
            planted.Add(new Planted(option.Figure, option.Kind, original.Text));
            open.RemoveAll(o => o.Figure == option.Figure);
        }
        return planted;
    }
}
