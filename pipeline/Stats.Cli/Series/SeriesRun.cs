using Stats.Cli.Output;
using Stats.Core.Series;
using Stats.Core.Tables;
using Stats.Pipeline.Inputs;
using Stats.Pipeline.Tables;
using Stats.Reporting.Plots;
using Stats.Reporting.Series;

namespace Stats.Cli.Series;

/// <summary>
/// The cross-year stage of a corpus run: its reports grouped by place (from their names), each series of two years or more
/// read from the reports' own mentions.csv and checked across years into series/&lt;place&gt;/ (indicators.csv, links.csv,
/// and when the run draws report pages, plots and series.html). A place with one report gets a note on the console and no output.
/// </summary>
internal static class SeriesRun
{
    /// <summary>
    /// Adds each series' files to <paramref name="output"/> and returns the places with their pages (relative to --out) and
    /// whether a cross-year check failed, which makes the run's exit code 1 as a failed check of a report does.
    /// </summary>
    public static (IReadOnlyList<(string Place, string Page)> Pages, bool Failed) Add(StageOutput output, string corpusFolder, IReadOnlyList<(string OutputName, string Input)> reports,
        IReadOnlySet<string> processed, string outDir, TextWriter log, bool drawn = false)
    {
        var (named, inputs) = Named(corpusFolder, reports);
        if (named.Count == 0) return ([], false);
        var grouping = SeriesGrouping.Of(named);
        foreach (var note in grouping.Notes) log.WriteLine(note);
        var pages = new List<(string Place, string Page)>();
        var failed = false;
        foreach (var group in grouping.Series)
        {
            var members = group.Reports.Where(r => processed.Contains(r.Report)).ToList();
            if (members.Select(r => r.Year).Distinct().Count() < 2)
            {
                log.WriteLine($"series {group.Place}: fewer than two of its years were processed; no cross-year checks");
                continue;
            }
            var seriesReports = members.Select(r => Load(group.Place, r.Report, r.Year, inputs[r.Report], outDir)).ToList();
            var levels = seriesReports.SelectMany(LevelReader.Read).ToList();
            var links = CrossYearChecker.Check(levels);
            failed |= links.Any(l => l.Status == Stats.Core.Findings.CheckStatus.Fail);
            var folder = $"series/{SafePlace(group.Place)}/";
            output.Add(folder + "indicators.csv", CsvFile.ToBytes(IndicatorTable.ToDataFrame(levels, links)));
            output.Add(folder + "links.csv", LinkTable.ToCsv(links));
            if (drawn)
            {
                // From series/<place>/ up to --out, then down to each report's page.
                var reportPages = seriesReports.ToDictionary(r => r.Name, r => "../../" + string.Join('/', r.Name.Split('/').Select(Uri.EscapeDataString)) +
                    (File.Exists(Path.Combine(outDir, r.Name, "report.html")) ? "/report.html" : "/"), StringComparer.Ordinal);
                foreach (var (path, bytes) in SeriesArtifacts.Of(group.Place, seriesReports, levels, links, reportPages, ChartFont.Bundled))
                    output.Add(folder + path, bytes);
            }
            pages.Add((group.Place, folder + (drawn ? SeriesPage.FileName : "links.csv")));
            log.WriteLine(SeriesSummary.Line(group.Place, seriesReports, levels, links));
        }
        return (pages, failed);
    }

    /// <summary>
    /// Per report of a series (a place with reports of two years or more), the link from its page to the series page, known
    /// from the names alone before any report runs: from &lt;out&gt;/&lt;report&gt;/report.html up to --out and into series/.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PagesOf(string corpusFolder, IReadOnlyList<(string OutputName, string Input)> reports)
    {
        var grouping = SeriesGrouping.Of(Named(corpusFolder, reports).Named);
        return grouping.Series.SelectMany(g => g.Reports.Select(r => (r.Report, Page: string.Concat(Enumerable.Repeat("../", r.Report.Count(c => c == '/') + 1)) +
            $"series/{Uri.EscapeDataString(SafePlace(g.Place))}/{SeriesPage.FileName}"))).ToDictionary(x => x.Report, x => x.Page, StringComparer.Ordinal);
    }

    // The reports whose names give a place and a year: a report named place/report takes its place from its folder.
    private static (List<(string Report, SeriesName Name)> Named, Dictionary<string, string> Inputs) Named(string corpusFolder, IReadOnlyList<(string OutputName, string Input)> reports)
    {
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusFolder)));
        var named = new List<(string Report, SeriesName Name)>();
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (report, input) in reports)
        {
            var slash = report.IndexOf('/', StringComparison.Ordinal);
            var place = slash < 0 ? folderName : report[..slash];
            var name = SeriesName.Of(slash < 0 ? report : report[(slash + 1)..], place);
            if (name is null) continue;
            named.Add((report, name));
            inputs[report] = input;
        }
        return (named, inputs);
    }

    private static SeriesReport Load(string place, string report, int year, string input, string outDir)
    {
        var text = ReportSource.Resolve(input).Read();
        var mentions = MentionTable.FromDataFrame(CsvFile.Load(Path.Combine(outDir, report, "mentions.csv"), MentionTable.Schema));
        return new SeriesReport(place, year, report, text, mentions);
    }

    private static string SafePlace(string place) =>
        new(place.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}
