using Microsoft.Data.Analysis;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;
using Stats.Core.Text;

namespace Stats.Core.Series;

/// <summary>series/&lt;place&gt;/links.csv: every cross-year link with what is stated, what the printed levels imply and the verdict.</summary>
public static class LinkTable
{
    private static readonly TableColumn<CrossYearLink> Place = TableColumn<CrossYearLink>.Text("place", l => l.Place);
    private static readonly TableColumn<CrossYearLink> Indicator = TableColumn<CrossYearLink>.Text("indicator", l => l.Indicator);
    private static readonly TableColumn<CrossYearLink> Period = TableColumn<CrossYearLink>.Int("period", l => l.Period);
    private static readonly TableColumn<CrossYearLink> Kind = TableColumn<CrossYearLink>.Text("kind", l => EnumText.Of(l.Kind));
    private static readonly TableColumn<CrossYearLink> Status = TableColumn<CrossYearLink>.Text("status", l => l.Status.Name());
    private static readonly TableColumn<CrossYearLink> EarlierReport = TableColumn<CrossYearLink>.Text("earlier_report", l => l.Earlier.Report.Name);
    private static readonly TableColumn<CrossYearLink> EarlierFigure = TableColumn<CrossYearLink>.Text("earlier_figure", l => l.Earlier.Level.Text);
    private static readonly TableColumn<CrossYearLink> EarlierMention = TableColumn<CrossYearLink>.Int("earlier_mention", l => l.Earlier.Level.Id);
    private static readonly TableColumn<CrossYearLink> LaterReport = TableColumn<CrossYearLink>.Text("later_report", l => l.Later.Report.Name);
    private static readonly TableColumn<CrossYearLink> LaterFigure = TableColumn<CrossYearLink>.Text("later_figure", l => l.Later.Level.Text);
    private static readonly TableColumn<CrossYearLink> LaterMention = TableColumn<CrossYearLink>.Int("later_mention", l => l.Later.Level.Id);
    private static readonly TableColumn<CrossYearLink> Statement = TableColumn<CrossYearLink>.Text("statement", l => l.Statement?.Text ?? "");
    private static readonly TableColumn<CrossYearLink> Stated = TableColumn<CrossYearLink>.Text("stated", l => IntervalText.Format(l.Stated));
    private static readonly TableColumn<CrossYearLink> Implied = TableColumn<CrossYearLink>.Text("implied", l => IntervalText.Format(l.Implied));
    private static readonly TableColumn<CrossYearLink> Outcome = TableColumn<CrossYearLink>.Text("outcome", l => l.Outcome);
    private static readonly TableColumn<CrossYearLink> Revision = TableColumn<CrossYearLink>.Text("revision", l => l.Revision);
    private static readonly TableColumn<CrossYearLink> Reading = TableColumn<CrossYearLink>.Text("reading", l => l.Reading);

    private static readonly TableLayout<CrossYearLink> Layout = new(Place, Indicator, Period, Kind, Status, EarlierReport, EarlierFigure,
        EarlierMention, LaterReport, LaterFigure, LaterMention, Statement, Stated, Implied, Outcome, Revision, Reading);

    public static IReadOnlyList<(string Name, Type Type)> Schema => Layout.Schema;

    public static DataFrame ToDataFrame(IReadOnlyList<CrossYearLink> links) => Layout.ToDataFrame(SeriesOrder.Of(links).ToList());

    /// <summary>The table's CSV bytes, as CsvFile writes its <see cref="ToDataFrame(IReadOnlyList{CrossYearLink})"/>.</summary>
    public static byte[] ToCsv(IReadOnlyList<CrossYearLink> links) => Layout.ToCsv(SeriesOrder.Of(links).ToList());
}
