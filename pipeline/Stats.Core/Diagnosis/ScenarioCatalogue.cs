using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Stats.Core.Checks;
using Stats.Core.Figures;

namespace Stats.Core.Diagnosis;

/// <summary>
/// The figure catalogue as a scenario reads it (<see cref="Scenario.Apply(IReadOnlyDictionary{string, Figure})"/>), read
/// through instead of copied: a rule looks up a few figures, and a diagnosis reads the catalogue under a thousand scenarios.
/// </summary>
internal sealed class ScenarioCatalogue(IReadOnlyDictionary<string, Figure> catalogue, Scenario scenario) : IReadOnlyDictionary<string, Figure>
{
    // The replaced figures read so far. A scenario replaces one or two, so the first is kept apart from the dictionary.
    private (string Key, Figure Figure)? firstRead;
    private Dictionary<string, Figure>? read;

    public Figure this[string key] => TryGetValue(key, out var figure) ? figure : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => catalogue.Keys;

    public IEnumerable<Figure> Values => catalogue.Keys.Select(k => this[k]);

    public int Count => catalogue.Count;

    public bool ContainsKey(string key) => catalogue.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Figure value)
    {
        if (firstRead is { } first && first.Key == key)
        {
            value = first.Figure;
            return true;
        }
        if (read is not null && read.TryGetValue(key, out value)) return true;
        if (!catalogue.TryGetValue(key, out var printed))
        {
            value = null;
            return false;
        }
        if (printed.MentionId is not { } id || !scenario.Changed.TryGetValue(id, out var changed))
        {
            value = printed;
            return true;
        }
        value = Figure.FromMention(changed) with { Label = printed.Label };
        if (firstRead is null) firstRead = (key, value);
        else (read ??= new Dictionary<string, Figure>(StringComparer.Ordinal))[key] = value;
        return true;
    }

    public IEnumerator<KeyValuePair<string, Figure>> GetEnumerator() =>
        catalogue.Keys.Select(k => new KeyValuePair<string, Figure>(k, this[k])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
