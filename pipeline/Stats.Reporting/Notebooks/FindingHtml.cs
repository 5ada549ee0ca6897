using System.Net;
using System.Text;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;

namespace Stats.Reporting.Notebooks;

/// <summary>
/// Findings as an HTML table: the generator fills a cell's output with it, and the cell's code calls it on the recomputed
/// findings, so re-running the notebook shows the same table when the pipeline and the notebook agree.
/// </summary>
public static class FindingHtml
{
    public static string Table(IEnumerable<Finding> findings)
    {
        var html = new StringBuilder();
        html.Append("<table>\n<thead><tr><th>rule</th><th>severity</th><th>status</th><th>evidence</th><th>expected</th><th>observed</th><th>margin</th><th>source</th></tr></thead>\n<tbody>\n");
        foreach (var f in findings)
        {
            html.Append("<tr>");
            Cell(html, f.Rule);
            Cell(html, f.Severity.Name());
            Cell(html, f.Status.Name(), f.Status is CheckStatus.Fail or CheckStatus.Error ? "<b>{0}</b>" : "{0}");
            Cell(html, f.Evidence);
            Cell(html, IntervalText.Format(f.Expected));
            Cell(html, IntervalText.Format(f.Observed));
            Cell(html, f.Margin is { } m ? DecimalText.Format(DecimalText.Margin(m)) : "");
            Cell(html, SourceName(f.Origin));
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }

    /// <summary>
    /// A rule's source without its folder (rules.yaml:18): the pipeline names the file after the report
    /// (ejin-horo-town-2023/rules.yaml), the notebook reads its own copy (input/rules.yaml); the file name is what both share.
    /// </summary>
    public static string SourceName(FindingOrigin origin)
    {
        var source = origin.ToString();
        var slash = source.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? source : source[(slash + 1)..];
    }

    private static void Cell(StringBuilder html, string text, string format = "{0}") =>
        html.Append("<td>").Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, WebUtility.HtmlEncode(text))).Append("</td>");
}
