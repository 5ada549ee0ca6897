using Stats.Core.DataFiles;

namespace Stats.Core.Statements;

/// <summary>The indicators of data/reference/indicators.yaml, found in a figure's subject by the longest name or synonym it contains.</summary>
public sealed class IndicatorVocabulary
{
    private readonly IReadOnlyList<(string Word, Indicator Indicator)> words;

    public IndicatorVocabulary(IReadOnlyList<Indicator> indicators)
    {
        Indicators = indicators;
        words = indicators.SelectMany(i => i.Synonyms.Prepend(i.Name).Select(w => (w, i)))
            .OrderByDescending(x => x.w.Length).ThenBy(x => x.w, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<Indicator> Indicators { get; }

    public static IndicatorVocabulary Empty { get; } = new([]);

    /// <summary>The indicator a subject speaks of, or <see cref="Indicator.Unknown"/>.</summary>
    public Indicator Find(string subject) =>
        words.FirstOrDefault(x => subject.Contains(x.Word, StringComparison.Ordinal)).Indicator ?? Indicator.Unknown;

    public static IndicatorVocabulary Parse(string yaml, string path)
    {
        var root = YamlRecord.Load(yaml, path);
        root.AllowOnly("indicators");
        var indicators = root.Records("indicators", required: true).Select(item =>
        {
            item.AllowOnly("name", "synonyms", "adds");
            var adds = item.Text("adds");
            var additivity = Enum.GetValues<Additivity>().Where(a => a != Additivity.Unknown).FirstOrDefault(a => a.Name() == adds);
            if (additivity == Additivity.Unknown)
                throw item.Error($"adds must be one of {string.Join(", ", Enum.GetValues<Additivity>().Skip(1).Select(a => a.Name()))}, not '{adds}'");
            return new Indicator(item.Text("name"), item.Find("synonyms") is null ? [] : item.Words("synonyms"), additivity);
        }).ToList();
        return new IndicatorVocabulary(indicators);
    }
}
