using System.Globalization;
using System.Text;
using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;
using Stats.Reporting.Figures;
using Stats.Reporting.Plots;

namespace Stats.Reporting.Html;

/// <summary>
/// report.html: one self-contained page (inline CSS and script, plots as data: URIs, no external resource) with a header,
/// one section per finding, the plots and a filterable table of all figures. All text is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    public const int HypothesesPerFinding = 3;

    public static string Build(ReportInput input, IReadOnlyList<RenderedPlot> plots, UnitScale units)
    {
        var byId = input.Mentions.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
        var verdicts = FigureVerdict.Of(input.Findings);
        var figures = input.Mentions.Where(m => m.IsFigure).OrderBy(m => m.Span.Start).ThenBy(m => m.Id).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ReportAssets.ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append("<title>Validation report: ").Append(HtmlText.Encode(input.ReportName)).Append("</title>\n")
            .Append("<script>\n").Append(ReportAssets.Watchdog).Append("\n</script>\n")
            .Append("<style>\n").Append(ReportAssets.Css).Append("\n</style>\n</head>\n<body>\n");
        Header(html, input, figures, verdicts);
        html.Append("<h2 id=\"findings\">Findings</h2>\n");
        if (input.Findings.Count == 0) html.Append("<p class=\"muted\">No findings: findings.csv is empty.</p>\n");
        var ordered = StatusOrder.Sort(input.Findings);
        for (var i = 0; i < ordered.Count; i++) Finding(html, ordered[i], i + 1, byId, input);
        Plots(html, plots);
        Links(html, input.Statements, byId);
        FigureTable(html, figures, verdicts, units);
        html.Append("<script>\n").Append(ReportAssets.Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, ReportInput input, IReadOnlyList<Mention> figures, IReadOnlyDictionary<int, FigureVerdict> verdicts)
    {
        html.Append("<header>\n<h1>Validation report: ").Append(HtmlText.Encode(input.ReportName)).Append("</h1>\n")
            .Append("<p>Input SHA-256: <span class=\"hash\">").Append(HtmlText.Encode(input.InputSha256)).Append("</span></p>\n")
            .Append("<table class=\"counts\" id=\"finding-counts\"><tr><th>findings</th>");
        foreach (var s in StatusOrder.Presentation) html.Append("<th><span class=\"badge ").Append(s.Name()).Append("\">").Append(s.Name()).Append("</span></th>");
        html.Append("</tr>\n<tr><td>").Append(Int(input.Findings.Count)).Append("</td>");
        foreach (var s in StatusOrder.Presentation) html.Append("<td data-status=\"").Append(s.Name()).Append("\">").Append(Int(input.Findings.Count(f => f.Status == s))).Append("</td>");
        html.Append("</tr></table>\n<table class=\"counts\" id=\"figure-counts\"><tr><th>figures</th>");
        foreach (var s in Enum.GetValues<FigureStatus>()) html.Append("<th><span class=\"badge ").Append(Name(s)).Append("\">").Append(Name(s)).Append("</span></th>");
        html.Append("</tr>\n<tr><td>").Append(Int(figures.Count)).Append("</td>");
        foreach (var s in Enum.GetValues<FigureStatus>())
            html.Append("<td>").Append(Int(figures.Count(m => verdicts.GetValueOrDefault(m.Id, FigureVerdict.Unchecked).Status == s))).Append("</td>");
        html.Append("</tr></table>\n<p class=\"muted\">Intervals honour the printed rounding: a printed 98.5% stands for [98.45, 98.55). ")
            .Append("Hypotheses are suggestions for a reviewer; the figures are never changed.</p>\n</header>\n");
    }

    private static void Finding(StringBuilder html, Finding f, int number, IReadOnlyDictionary<int, Mention> byId, ReportInput input)
    {
        var status = f.Status.Name();
        html.Append("<section class=\"finding\" id=\"finding-").Append(Int(number)).Append("\" data-status=\"").Append(status).Append("\" data-rule=\"").Append(HtmlText.Encode(f.Rule)).Append("\">\n")
            .Append("<h3><span class=\"badge ").Append(status).Append("\">").Append(status).Append("</span> ")
            .Append(HtmlText.Encode(f.Label.Length > 0 ? f.Label : f.Kind)).Append(" <code>").Append(HtmlText.Encode(f.Rule)).Append("</code></h3>\n");
        var involved = f.Mentions.Select(id => byId.GetValueOrDefault(id)).OfType<Mention>().ToList();
        foreach (var sentence in involved.GroupBy(m => m.Sentence).OrderBy(g => g.Key.Start))
        {
            var first = sentence.First();
            if (!input.Sentences.TryGetValue(first.Id, out var text) || text.Length == 0) continue;
            html.Append("<blockquote lang=\"zh\">").Append(SentenceQuote.Html(text, first.Sentence.Start, sentence)).Append("</blockquote>\n");
        }
        if (involved.Count == 0 && f.Evidence.Length > 0)
            html.Append("<blockquote lang=\"zh\">").Append(HtmlText.Encode(f.Evidence)).Append("</blockquote>\n");
        html.Append("<p class=\"explanation\">").Append(HtmlText.Encode(FindingExplanation.Lead(f))).Append(' ').Append(HtmlText.Encode(f.Message)).Append("</p>\n")
            .Append("<table class=\"intervals\"><tr><th>stated (expected)</th><th>computed (observed)</th><th>gap</th><th>severity</th><th>kind</th><th>source</th></tr>\n<tr><td>")
            .Append(HtmlText.Encode(Show(f.Expected))).Append("</td><td>").Append(HtmlText.Encode(Show(f.Observed))).Append("</td><td class=\"num\">")
            .Append(HtmlText.Encode(DecimalText.Format(f.Margin))).Append("</td><td>").Append(HtmlText.Encode(f.Severity.Name())).Append("</td><td>")
            .Append(HtmlText.Encode(f.Kind)).Append("</td><td>").Append(HtmlText.Encode(f.Origin.ToString())).Append("</td></tr></table>\n")
            .Append("<p class=\"muted\">Evidence: <span lang=\"zh\">").Append(HtmlText.Encode(f.Evidence)).Append("</span></p>\n");
        var hypotheses = TopHypotheses(f, input.Hypotheses);
        if (hypotheses.Count > 0)
        {
            html.Append("<p>Candidate explanations (best first):</p>\n<ol class=\"hypotheses\">\n");
            foreach (var h in hypotheses)
                html.Append("<li><span lang=\"zh\">").Append(HtmlText.Encode(h.Original)).Append(" → <strong>").Append(HtmlText.Encode(h.Reading)).Append("</strong></span> (")
                    .Append(HtmlText.Encode(h.Kind)).Append("; fixes ").Append(Int(h.ChecksFixed)).Append(", breaks ").Append(Int(h.ChecksBroken))
                    .Append("; score ").Append(HtmlText.Encode(DecimalText.Format(h.Score))).Append("): ").Append(HtmlText.Encode(h.Explanation)).Append("</li>\n");
            html.Append("</ol>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>The best hypotheses of a finding's rule: by rank, then score, then reading, so ties keep a fixed order.</summary>
    public static IReadOnlyList<Hypothesis> TopHypotheses(Finding f, IReadOnlyList<Hypothesis> hypotheses) =>
        hypotheses.Where(h => h.Rule == f.Rule)
            .OrderBy(h => h.Rank).ThenByDescending(h => h.Score).ThenBy(h => h.Reading, StringComparer.Ordinal)
            .Take(HypothesesPerFinding).ToList();

    /// <summary>The links the checks rely on: parts and their totals, rates and their levels, changes and earlier figures set apart.</summary>
    private static void Links(StringBuilder html, IReadOnlyList<StatementRow> statements, IReadOnlyDictionary<int, Mention> byId)
    {
        var linked = statements.Where(s => s.PartOf is not null || s.LinkedTo is not null || s.Role is "change" or "previous").ToList();
        if (linked.Count == 0) return;
        html.Append("<h2 id=\"statements\">How the figures were linked</h2>\n")
            .Append("<p class=\"muted\">Each figure as the checks read it (statements.csv): a part of the total it is listed under, a rate of ")
            .Append("the level it qualifies, or a change or earlier figure that no check treats as a level.</p>\n")
            .Append("<table class=\"figures\"><thead><tr><th>figure</th><th>indicator</th><th>role</th><th>of</th></tr></thead><tbody>\n");
        foreach (var s in linked)
        {
            var of = s.PartOf ?? s.LinkedTo;
            var target = of is { } id && byId.TryGetValue(id, out var m) ? (s.PartOf is not null ? "part of " : "rate of ") + m.Text : "";
            html.Append("<tr><td>").Append(HtmlText.Encode(s.Text)).Append("</td><td>").Append(HtmlText.Encode(s.Indicator))
                .Append("</td><td>").Append(HtmlText.Encode(s.Role)).Append("</td><td>").Append(HtmlText.Encode(target)).Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static void Plots(StringBuilder html, IReadOnlyList<RenderedPlot> plots)
    {
        html.Append("<h2 id=\"plots\">Plots</h2>\n");
        foreach (var p in plots)
            html.Append("<figure id=\"plot-").Append(HtmlText.Encode(p.Name)).Append("\"><img alt=\"").Append(HtmlText.Encode(p.Title))
                .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(p.Png)).Append("\"><figcaption>")
                .Append(HtmlText.Encode(p.Title)).Append(" (plots/").Append(HtmlText.Encode(p.Name)).Append(".png, .svg)</figcaption></figure>\n");
    }

    private static void FigureTable(StringBuilder html, IReadOnlyList<Mention> figures, IReadOnlyDictionary<int, FigureVerdict> verdicts, UnitScale units)
    {
        html.Append("<h2 id=\"figures-heading\">All figures</h2>\n<div class=\"filters\" role=\"group\" aria-label=\"Filter by status\">")
            .Append("<button type=\"button\" data-filter=\"all\" aria-pressed=\"true\">all</button>");
        foreach (var s in Enum.GetValues<FigureStatus>())
            html.Append("<button type=\"button\" data-filter=\"").Append(Name(s)).Append("\" aria-pressed=\"false\">").Append(Name(s)).Append("</button>");
        html.Append("</div>\n<table id=\"figures\">\n<thead><tr><th>id</th><th>figure</th><th>value</th><th>unit</th><th>base value</th><th>period</th><th>basis</th><th>subject</th><th>status</th><th>checks</th></tr></thead>\n<tbody>\n");
        foreach (var m in figures)
        {
            var verdict = verdicts.GetValueOrDefault(m.Id, FigureVerdict.Unchecked);
            var baseUnit = units.For(m);
            var baseValue = m.Value is { } v && baseUnit is not null ? DecimalText.Format(DecimalText.Derived(v * baseUnit.Factor)) + " " + baseUnit.Name : "";
            html.Append("<tr data-status=\"").Append(verdict.StatusName).Append("\"><td class=\"num\">").Append(Int(m.Id)).Append("</td><td lang=\"zh\">")
                .Append(HtmlText.Encode(m.Text)).Append("</td><td class=\"num\">").Append(HtmlText.Encode(DecimalText.Format(m.Value))).Append("</td><td>")
                .Append(HtmlText.Encode(m.Unit)).Append("</td><td class=\"num\">").Append(HtmlText.Encode(baseValue)).Append("</td><td>")
                .Append(m.Period is { } p ? Int(p) : "").Append("</td><td>").Append(m.Basis == Basis.Unknown ? "" : m.Basis.ToString().ToLowerInvariant())
                .Append("</td><td lang=\"zh\">").Append(HtmlText.Encode(m.Subject)).Append("</td><td><span class=\"badge ").Append(verdict.StatusName).Append("\">")
                .Append(verdict.StatusName).Append("</span></td><td><code>").Append(HtmlText.Encode(string.Join("; ", verdict.Rules))).Append("</code></td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string Show(Interval? interval) => interval is null ? "—" : IntervalText.Format(interval);

    private static string Name(FigureStatus s) => s.ToString().ToLowerInvariant();

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
