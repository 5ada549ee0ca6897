using System.Globalization;
using System.Text;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Series;
using Stats.Reporting.Fonts;
using Stats.Reporting.Html;
using Stats.Reporting.Plots;

namespace Stats.Reporting.Series;

/// <summary>
/// series.html of one place: self-contained like report.html (nothing fetched; plots of flagged links embedded as data:
/// images, the others linked; the page's Chinese in an embedded font subset). Its reports with links to their pages, every
/// cross-year link failed first, each flag quoting the two sentences it confronts, and the plots. All report text is escaped.
/// </summary>
public static class SeriesPage
{
    public const string FileName = "series.html";

    private const string Policy = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'";

    /// <param name="reportPages">Per report name, the link to its page or folder relative to the series page.</param>
    /// <param name="plots">Per indicator, its plot (null when none was drawn).</param>
    public static string Html(string place, IReadOnlyList<SeriesReport> reports, IReadOnlyList<PrintedLevel> levels, IReadOnlyList<CrossYearLink> links,
        IReadOnlyDictionary<string, string> reportPages, IReadOnlyDictionary<string, RenderedPlot> plots, ChartFont font)
    {
        static string E(string? s) => HtmlText.Encode(s);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>Series across years: {E(place)}</h1>\n");
        body.Append("<p>Reports: ");
        body.Append(string.Join(", ", reports.Select(r => $"<a href=\"{E(reportPages.GetValueOrDefault(r.Name, ""))}\">{E(r.Name)}</a> ({r.Year.ToString(CultureInfo.InvariantCulture)})")));
        body.Append("</p>\n");
        var indicators = levels.Select(l => l.Indicator).Distinct().Count();
        var linked = links.Select(l => l.Indicator).Distinct().Count();
        body.Append(CultureInfo.InvariantCulture, $"<p>{levels.Count} levels of {indicators} indicators; {linked} linked across years; {links.Count} links: ");
        body.Append(string.Join(", ", StatusOrder.Presentation.Select(s => (s, n: links.Count(l => l.Status == s))).Where(x => x.n > 0)
            .Select(x => $"<span class=\"{x.s.Name()}\">{x.n} {x.s.Name()}</span>")));
        body.Append("</p>\n<p>A gap beyond rounding warns where revisions are customary (budget restatement, flash figures, final accounts, constant prices, comparable basis, preliminary figures) and fails only where a slip of the earlier figure (a moved decimal point, a far-reaching digit typo) explains it. Targets met or missed are information.</p>\n");

        var ordered = SeriesOrder.Of(links).OrderBy(l => StatusOrder.Of(l.Status)).ToList();
        body.Append("<table>\n<thead><tr><th>#</th><th>indicator</th><th>period</th><th>kind</th><th>status</th><th>earlier</th><th>later</th><th>stated</th><th>implied</th><th>outcome</th><th>why</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < ordered.Count; i++)
        {
            var l = ordered[i];
            body.Append(CultureInfo.InvariantCulture,
                $"<tr id=\"link-{i + 1}\"><td><a href=\"#link-{i + 1}\">{i + 1}</a></td><td>{E(l.Indicator)}</td><td>{l.Period}</td><td>{EnumTextOf(l.Kind)}</td><td class=\"{l.Status.Name()}\">{l.Status.Name()}</td>" +
                $"<td>{E(l.Earlier.Report.Name)}: {E(l.Earlier.Level.Text)}</td><td>{E(l.Later.Report.Name)}: {E(l.Later.Level.Text)}</td><td>{E(l.Statement?.Text)} {E(IntervalText.Format(l.Stated))}</td>" +
                $"<td>{E(IntervalText.Format(l.Implied))}</td><td>{E(l.Outcome)}</td><td>{E(string.Join("; ", new[] { l.Revision, l.Reading }.Where(t => t.Length > 0)))}</td></tr>\n");
        }
        body.Append("</tbody>\n</table>\n");

        var flagged = ordered.Where(l => l.Status is CheckStatus.Fail or CheckStatus.Warn).ToList();
        if (flagged.Count > 0)
        {
            body.Append("<h2>Flags, with the sentences they confront</h2>\n");
            foreach (var l in flagged)
            {
                body.Append(CultureInfo.InvariantCulture, $"<section class=\"flag\"><h3 class=\"{l.Status.Name()}\">{l.Status.Name()}: {E(l.Indicator)} {l.Period} ({EnumTextOf(l.Kind)})</h3>\n");
                body.Append(CultureInfo.InvariantCulture, $"<blockquote><cite>{E(l.Earlier.Report.Name)}</cite> {Quote(l.Earlier)}</blockquote>\n");
                body.Append(CultureInfo.InvariantCulture, $"<blockquote><cite>{E(l.Later.Report.Name)}</cite> {Quote(l.Later)}</blockquote>\n");
                body.Append(CultureInfo.InvariantCulture, $"<p>{E(string.Join("; ", new[] { l.Revision, l.Reading }.Where(t => t.Length > 0)))}</p></section>\n");
            }
        }

        if (plots.Count > 0)
        {
            body.Append("<h2>Plots</h2>\n");
            var flaggedIndicators = flagged.Select(l => l.Indicator).ToHashSet(StringComparer.Ordinal);
            foreach (var (indicator, plot) in plots.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (flaggedIndicators.Contains(indicator))
                    body.Append("<figure><img alt=\"").Append(E(plot.Title)).Append("\" src=\"data:image/svg+xml;base64,")
                        .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(plot.Svg))).Append("\"><figcaption>")
                        .Append(E(plot.Title)).Append(" (<a href=\"plots/").Append(plot.Name).Append(".png\">.png</a>, <a href=\"plots/").Append(plot.Name).Append(".svg\">.svg</a>)</figcaption></figure>\n");
                else
                    body.Append("<p><a href=\"plots/").Append(plot.Name).Append(".svg\">").Append(E(plot.Title)).Append("</a></p>\n");
            }
        }

        var text = body.ToString();
        var codePoints = System.Net.WebUtility.HtmlDecode(text).EnumerateRunes().Select(r => r.Value).Where(c => c > 127).Distinct().Order().ToList();
        var fontFace = codePoints.Count > 0 ? WebFont.FontFace(WebFont.PageFamily, font, codePoints) : "";
        return new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>Series across years: {E(place)}</title>\n<style>{fontFace}\n")
            // The embedded font first: with system-ui before it, headless Chromium drew the table's first Chinese cell as
            // missing-glyph boxes on a machine without a Chinese font (every time, whatever the cell's characters).
            .Append("body{font-family:\"").Append(WebFont.PageFamily).Append("\",system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}")
            .Append(string.Join("", StatusOrder.Presentation.Select(s => $".{s.Name()}{{color:{StatusColors.Hex(s)}}}")))
            .Append("mark{background:#fff59d}blockquote{margin:.5em 0 .5em 1em;border-left:3px solid #ccc;padding-left:.5em}cite{display:block;color:#555;font-style:normal}figure img{max-width:100%}</style>\n</head>\n<body>\n")
            .Append(text)
            .Append("</body>\n</html>\n").ToString();
    }

    // The sentence with the level marked; escaped piece by piece so nothing of the report is read as markup.
    private static string Quote(PrintedLevel level)
    {
        var content = level.Report.Text.Content;
        var (start, end) = (level.Level.Sentence.Start, level.Level.Sentence.End);
        var (from, to) = (level.Level.Span.Start, level.Level.Span.End);
        return HtmlText.Encode(content[start..from]) + "<mark>" + HtmlText.Encode(content[from..to]) + "</mark>" + HtmlText.Encode(content[to..end]);
    }

    private static string EnumTextOf(LinkKind kind) => Stats.Core.Text.EnumText.Of(kind);
}
