using Stats.Core.Extraction;

namespace Stats.Tests.RealText;

/// <summary>How an extraction of one real text compares with its gold list: figures found right, figures wrong or extra, figures missed.</summary>
public sealed record ExtractionAccuracy(string File, int Gold, int Extracted, int Matched, IReadOnlyList<string> Missed, IReadOnlyList<string> Wrong)
{
    public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public static ExtractionAccuracy Of(string file, string text, IReadOnlyList<GoldRow> gold, IReadOnlyList<Mention> mentions)
    {
        var goldFigures = gold.Where(g => g.IsFigure).ToList();
        var figures = mentions.Where(m => m.IsFigure).ToList();
        var used = new HashSet<int>();
        var missed = new List<string>();
        foreach (var g in goldFigures)
        {
            var match = figures.FirstOrDefault(m => !used.Contains(m.Id) && g.IsMatchedBy(m));
            if (match is null) missed.Add($"{g.Start}\t{g.Text}\t{g.Value} {g.Unit}");
            else used.Add(match.Id);
        }
        var wrong = figures.Where(m => !used.Contains(m.Id))
            .Select(m => $"{m.Span.Start}\t{m.Text}\t{m.Kind.Name()} {m.Value} {m.Unit}").ToList();
        return new ExtractionAccuracy(file, goldFigures.Count, figures.Count, used.Count, missed, wrong);
    }
}
