using System.Globalization;
using System.Net;
using System.Text;

namespace Stats.Cli.Corpus;

/// <summary>index.html of a corpus run: one self-contained page linking each report's validation report.</summary>
internal static class CorpusIndex
{
    public static string Html(IReadOnlyList<CorpusRow> rows, IReadOnlyList<(string Place, string Page)>? series = null)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>Corpus validation</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.error{color:#6a1b9a}.checks_failed{color:#c62828}.ok{color:#2e7d32}</style>\n</head>\n<body>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>Corpus validation: {rows.Count} reports</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>{rows.Count(r => r.Status == "ok")} ok, {rows.Count(r => r.Status == "checks_failed")} with failed checks, {rows.Count(r => r.Status == "error")} not processed.</p>\n")
            .Append("<table>\n<thead><tr><th>report</th><th>status</th><th>figures</th><th>checks</th><th>fails</th><th>warns</th><th>fails by kind</th><th>problem</th></tr></thead>\n<tbody>\n");
        foreach (var r in rows)
        {
            // A series' report is named place/report: each part is escaped, the separator kept.
            var target = string.Join('/', r.Report.Split('/').Select(Uri.EscapeDataString)) + (r.HasPage ? "/report.html" : "/");
            var name = r.Status == "error" ? E(r.Report) : $"<a href=\"{target}\">{E(r.Report)}</a>";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{name}</td><td class=\"{r.Status}\">{r.Status}</td><td>{r.Figures}</td><td>{r.Checks}</td><td>{r.Fails}</td><td>{r.Warns}</td><td>{E(r.FailsByKind)}</td><td>{E(r.Problem)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (series is { Count: > 0 })
        {
            html.Append("<h2>Series across years</h2>\n<ul>\n");
            foreach (var (place, page) in series)
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{string.Join('/', page.Split('/').Select(Uri.EscapeDataString))}\">{E(place)}</a></li>\n");
            html.Append("</ul>\n");
        }
        return html.Append("</body>\n</html>\n").ToString();
    }
}
