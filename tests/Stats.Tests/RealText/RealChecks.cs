using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Text;
using Stats.Pipeline.Checking;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.RealText;

/// <summary>One real text run as <c>stats run</c> runs a bare .txt: extracted, then checked by the generic checks alone.</summary>
public sealed record RealChecks(string File, IReadOnlyList<Mention> Mentions, IReadOnlyList<Finding> Findings)
{
    private static readonly HashSet<CheckStatus> Flags = [CheckStatus.Fail, CheckStatus.Warn];
    private static readonly HashSet<CheckStatus> Decided = [CheckStatus.Pass, CheckStatus.Fail, CheckStatus.Warn];

    public static RealChecks Of(string file) => Checked(file, RealCorpus.Read(file));

    /// <summary>One report of <c>../shared/real-series/</c>, named series/&lt;place&gt;/&lt;file&gt;: held-out real text for the same checks.</summary>
    public static RealChecks OfSeries(string name) =>
        Checked(name, System.IO.File.ReadAllText(Path.Combine(RealSeries.Folder, name["series/".Length..] + ".txt")));

    /// <summary>The reports of the real series, or none where that folder is not beside the repository.</summary>
    public static IEnumerable<string> SeriesFiles() =>
        !Directory.Exists(RealSeries.Folder) ? [] :
        Directory.GetFiles(RealSeries.Folder, "*.txt", SearchOption.AllDirectories)
            .Select(p => "series/" + Path.GetRelativePath(RealSeries.Folder, p)[..^4].Replace('\\', '/')).Order(StringComparer.Ordinal);

    private static RealChecks Checked(string file, string text)
    {
        var report = new ReportText(file, text);
        var mentions = new Extractor().Extract(report);
        return new RealChecks(file, mentions, ReportChecks.Compose(report, mentions, CheckedText.ReferenceData).Checker.Check());
    }

    /// <summary>Every text of the corpus, by base name.</summary>
    public static IEnumerable<string> Files()
    {
        RealCorpus.RequireFolder();
        return Directory.GetFiles(RealCorpus.Folder, "*.txt").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal);
    }

    public IEnumerable<Finding> Flagged => Findings.Where(f => Flags.Contains(f.Status));

    /// <summary>
    /// A flag's key that survives changes elsewhere in extraction: its kind and the start offsets of the mentions its rule id
    /// names (share:12:14), in order, since mention ids shift whenever a mention is added before them.
    /// </summary>
    public string KeyOf(Finding f)
    {
        if (!f.Origin.IsGeneric) return f.Rule;
        var byId = Mentions.ToDictionary(m => m.Id);
        var ids = f.Rule.Split(':').Skip(1).Select(int.Parse);
        return f.Kind + "@" + string.Join(",", ids.Select(id => byId[id].Span.Start));
    }

    /// <summary>The figures that take part in a check that passed, failed or warned.</summary>
    public int FiguresChecked =>
        Findings.Where(f => Decided.Contains(f.Status)).SelectMany(f => f.Mentions).Distinct()
            .Count(id => Mentions.First(m => m.Id == id).IsFigure);

    public int FigureCount => Mentions.Count(m => m.IsFigure);

    /// <summary>The start offsets of the figures that take part in a check that passed, failed or warned.</summary>
    public IReadOnlySet<int> CheckedStarts =>
        Findings.Where(f => Decided.Contains(f.Status)).SelectMany(f => f.Mentions).Distinct()
            .Select(id => Mentions.First(m => m.Id == id)).Where(m => m.IsFigure).Select(m => m.Span.Start).ToHashSet();
}
