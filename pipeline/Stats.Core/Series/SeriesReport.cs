using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Core.Series;

/// <summary>One report of a place's series: the year it reviews, the name its outputs go by, its text and its mentions.</summary>
public sealed record SeriesReport
{
    public SeriesReport(string place, int year, string name, ReportText text, IReadOnlyList<Mention> mentions)
    {
        if (string.IsNullOrWhiteSpace(place)) throw new ArgumentException("A series report needs its place.", nameof(place));
        if (year is < 1900 or > 2200) throw new ArgumentOutOfRangeException(nameof(year), year, "A report's year lies between 1900 and 2200.");
        Place = place;
        Year = year;
        Name = name;
        Text = text;
        Mentions = mentions;
    }

    public string Place { get; }

    /// <summary>The year the report reviews (a 2018 budget report reviews 2018 and plans 2019).</summary>
    public int Year { get; }

    /// <summary>The report's name in the run's outputs (its folder under --out).</summary>
    public string Name { get; }

    public ReportText Text { get; }

    public IReadOnlyList<Mention> Mentions { get; }
}
