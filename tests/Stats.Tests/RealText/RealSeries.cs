using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Series;
using Stats.Core.Text;

namespace Stats.Tests.RealText;

/// <summary>
/// The real multi-year series of <c>../shared/real-series/</c> beside the repository (one folder per place, files named by
/// year; public reports nobody here wrote, never copied into the project), each read and checked across years as
/// <c>stats run</c> does. Without that folder the tests are skipped with one clear line.
/// </summary>
public sealed record RealSeries(string Place, IReadOnlyList<SeriesReport> Reports, IReadOnlyList<PrintedLevel> Levels, IReadOnlyList<CrossYearLink> Links)
{
    public static string Folder => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "real-series"));

    public static IReadOnlyList<RealSeries> All()
    {
        if (!Directory.Exists(Folder))
            Assert.Ignore($"real series not found at {Folder}: these tests run where ../shared/real-series/ lies beside the repository (CI has it)");
        return Directory.GetDirectories(Folder).Order(StringComparer.Ordinal).Select(Of).ToList();
    }

    private static RealSeries Of(string folder)
    {
        var place = Path.GetFileName(folder);
        var reports = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var text = new ReportText(name, File.ReadAllText(path));
            return new SeriesReport(place, SeriesName.Of(name, place)!.Year, $"{place}/{name}", text, new Extractor().Extract(text));
        }).ToList();
        var levels = reports.SelectMany(LevelReader.Read).ToList();
        return new RealSeries(place, reports, levels, CrossYearChecker.Check(levels));
    }

    public IEnumerable<CrossYearLink> Flags => Links.Where(l => l.Status is CheckStatus.Fail or CheckStatus.Warn);

    /// <summary>A flag's key that survives changes elsewhere: the later report, the indicator, the kind and the offset of what it states.</summary>
    public static (string File, string Indicator, string Kind, int Offset) KeyOf(CrossYearLink link) =>
        (link.Later.Report.Name, link.Indicator, EnumText.Of(link.Kind), (link.Statement ?? link.Later.Level).Span.Start);
}
