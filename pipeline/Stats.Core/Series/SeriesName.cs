using System.Text.RegularExpressions;

namespace Stats.Core.Series;

/// <summary>
/// The place and year a report's name gives: <c>2019-budget</c> in a folder named after the place (the folder gives the place),
/// or <c>sanming-2019-budget</c> anywhere (the words before the year give it). A name without a year between 1900 and 2199
/// puts the report in no series. Headers are not read for years: every report's first line prints one, and an unrelated
/// corpus would then group into one place.
/// </summary>
public sealed partial record SeriesName(string Place, int Year)
{
    /// <summary>The place and year of <paramref name="reportName"/> (a file name without .txt, or a report folder's name), or null.</summary>
    public static SeriesName? Of(string reportName, string folderName)
    {
        var match = YearInName().Match(reportName);
        if (!match.Success) return null;
        var place = reportName[..match.Index].Trim('-', '_', '.', ' ');
        if (place.Length == 0) place = folderName.Trim();
        return place.Length == 0 ? null : new SeriesName(place, int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether a report's name starts with its year, so that its folder names the place (a series folder's files).</summary>
    public static bool StartsWithYear(string reportName) => YearInName().Match(reportName) is { Success: true, Index: 0 };

    [GeneratedRegex("(?<![0-9])(?:19|20|21)[0-9]{2}(?![0-9])")]
    private static partial Regex YearInName();
}
