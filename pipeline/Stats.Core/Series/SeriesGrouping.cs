namespace Stats.Core.Series;

/// <summary>
/// The reports of a run grouped by place into series of at least two years, with a note for each place that has no such
/// series (one report, or several of one year), so a run says plainly why it wrote no cross-year output for it.
/// </summary>
public sealed record SeriesGrouping(IReadOnlyList<SeriesGroup> Series, IReadOnlyList<string> Notes)
{
    public static SeriesGrouping Of(IEnumerable<(string Report, SeriesName Name)> reports)
    {
        var series = new List<SeriesGroup>();
        var single = new List<string>();
        var byPlace = reports.GroupBy(r => r.Name.Place, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var place in byPlace)
        {
            var members = place.OrderBy(r => r.Name.Year).ThenBy(r => r.Report, StringComparer.Ordinal).ToList();
            if (members.Select(r => r.Name.Year).Distinct().Count() >= 2)
                series.Add(new SeriesGroup(place.Key, members.Select(r => (r.Report, r.Name.Year)).ToList()));
            else
                single.Add(place.Key);
        }
        // One line, however many places: a corpus of a hundred unrelated reports should not print a hundred notes.
        var notes = new List<string>();
        if (byPlace.Count == 1 && series.Count == 0)
        {
            var members = byPlace[0].ToList();
            notes.Add($"series {byPlace[0].Key}: {(members.Count == 1 ? "one report" : $"{members.Count} reports of one year")} ({string.Join(", ", members.Select(r => r.Report).Order(StringComparer.Ordinal))}); a series needs reports of two years or more, no cross-year checks");
        }
        else if (series.Count == 0 && byPlace.Count > 1)
            notes.Add($"series: the reports name {byPlace.Count} different places and no place has reports of two years; no cross-year output");
        else if (single.Count > 0)
            notes.Add($"series: {single.Count} place(s) with reports of one year only, not checked across years: {string.Join(", ", single.Take(5))}{(single.Count > 5 ? ", …" : "")}");
        return new SeriesGrouping(series, notes);
    }
}

/// <summary>One place's reports in order of year: the names of their outputs and the years they review.</summary>
public sealed record SeriesGroup(string Place, IReadOnlyList<(string Report, int Year)> Reports);
