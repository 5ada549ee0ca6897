using System.Globalization;
using System.Text.RegularExpressions;
using Stats.Core.DataFiles;
using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Core.Figures;

/// <summary>A report's figure catalogue (data/reports/&lt;id&gt;/figures.yaml): named figures located by their printed quote.</summary>
public sealed partial class FigureCatalog
{
    private FigureCatalog(string path, IReadOnlyList<FigureEntry> entries)
    {
        Path = path;
        Entries = entries;
    }

    public string Path { get; }

    public IReadOnlyList<FigureEntry> Entries { get; }

    public IEnumerable<string> Ids => Entries.Select(e => e.Id);

    /// <summary>Reads a <c>figures:</c> list of id, label_zh, label_en, quote, near, period and basis.</summary>
    public static FigureCatalog Parse(string yaml, string path)
    {
        var root = YamlRecord.Load(yaml, path);
        root.AllowOnly("figures");
        var entries = new List<FigureEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Records("figures", required: true))
        {
            item.AllowOnly("id", "label_zh", "label_en", "quote", "near", "period", "basis");
            var idNode = item.Scalar("id");
            var id = item.Text("id");
            if (!IdPattern().IsMatch(id) || id.StartsWith("ref.", StringComparison.Ordinal))
                throw item.Error(idNode, $"'{id}' is not a figure id (dotted words of letters, digits and _, not starting with ref.).");
            if (!seen.Add(id)) throw item.Error(idNode, $"The figure id '{id}' is defined twice.");
            var quote = item.Scalar("quote");
            int? period = item.OptionalScalar("period") is { } p
                ? int.TryParse(p.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : throw item.Error(p, $"'{p.Value}' is not a year.")
                : null;
            var basis = item.OptionalScalar("basis") switch
            {
                null => Basis.Unknown,
                { Value: "actual" } => Basis.Actual,
                { Value: "target" } => Basis.Target,
                var b => throw item.Error(b, $"'{b.Value}' is not a basis (actual or target)."),
            };
            entries.Add(new FigureEntry(id, item.OptionalText("label_zh") ?? "", item.OptionalText("label_en") ?? "", item.Text("quote"),
                item.Words("near"), period, basis, path, (int)quote.Start.Line, (int)quote.Start.Column));
        }
        return new FigureCatalog(path, entries);
    }

    /// <summary>
    /// Finds each entry's mention: a figure whose text is the quote, or starts with it (not followed by a digit), and whose
    /// sentence holds every <c>near</c> word. Anything but exactly one match is a <see cref="DataFileException"/> at the quote.
    /// </summary>
    public IReadOnlyDictionary<string, Figure> Resolve(IReadOnlyList<Mention> mentions, ReportText report)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(report);
        var figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var matches = mentions.Where(m => m.IsFigure && Quotes(m.Text, entry.Quote) && entry.Near.All(w => SentenceOf(m, report).Contains(w, StringComparison.Ordinal))).ToList();
            if (matches.Count != 1)
            {
                var near = entry.Near.Count == 0 ? "" : $" near {string.Join(", ", entry.Near.Select(w => "'" + w + "'"))}";
                throw new DataFileException(Path, entry.Line, entry.Column,
                    $"The quote '{entry.Quote}'{near} of figure '{entry.Id}' matched {matches.Count.ToString(CultureInfo.InvariantCulture)} figure mentions; it must match exactly one.");
            }
            try
            {
                figures.Add(entry.Id, Figure.FromMention(matches[0]) with { Label = entry.LabelEn.Length > 0 ? entry.LabelEn : entry.Id });
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new DataFileException(Path, entry.Line, entry.Column, $"Figure '{entry.Id}' ('{matches[0].Text}') cannot be read: {e.Message}");
            }
        }
        return figures;
    }

    private static bool Quotes(string text, string quote) =>
        text.StartsWith(quote, StringComparison.Ordinal) && (text.Length == quote.Length || !(char.IsAsciiDigit(text[quote.Length]) || text[quote.Length] == '.'));

    private static string SentenceOf(Mention mention, ReportText report) =>
        mention.Sentence.End <= report.Content.Length ? report.Slice(mention.Sentence) : "";

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$")]
    private static partial Regex IdPattern();
}
