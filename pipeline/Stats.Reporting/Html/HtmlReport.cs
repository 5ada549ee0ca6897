using System.Globalization;
using System.Net;
using System.Text;
using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;
using Stats.Reporting.Figures;
using Stats.Reporting.Fonts;
using Stats.Reporting.Plots;

namespace Stats.Reporting.Html;

/// <summary>
/// report.html: one self-contained page (inline CSS and script, plots and the font as data: URIs, no external resource) with
/// a header, a table of contents, one section per finding (filterable by status and kind), the plots, a filterable table of
/// all figures linked to their findings and back, and a footer with the page's provenance. All text is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    public const int HypothesesPerFinding = 3;

    public static string Build(ReportInput input, IReadOnlyList<RenderedPlot> plots, ReportSettings settings)
    {
        var byId = input.Mentions.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
        var verdicts = FigureVerdict.Of(input.Findings);
        var figures = input.Mentions.Where(m => m.IsFigure).OrderBy(m => m.Span.Start).ThenBy(m => m.Id).ToList();
        var ordered = StatusOrder.Sort(input.Findings);
        var body = new StringBuilder();
        Header(body, input, figures, verdicts);
        Contents(body, input.Problems, ordered, plots, HasLinks(input.Statements));
        Problems(body, input.Problems, FindingAnchor.ByRule(ordered), byId);
        body.Append("<h2 id=\"findings\">Findings</h2>\n");
        if (input.Findings.Count == 0) body.Append("<p class=\"muted\">No findings: findings.csv is empty.</p>\n");
        else FindingFilters(body, ordered);
        var shownFigures = figures.Select(m => m.Id).ToHashSet();
        for (var i = 0; i < ordered.Count; i++) Finding(body, ordered[i], FindingAnchor.Of(i + 1), byId, shownFigures, input);
        Plots(body, plots);
        Links(body, input.Statements, byId);
        FigureTable(body, figures, verdicts, FindingAnchor.ByRule(ordered), settings.Units);
        Footer(body, input.Provenance);
        body.Append("<script>\n").Append(ReportAssets.Script).Append("\n</script>\n</body>\n</html>\n");

        var title = "Validation report: " + input.ReportName;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ReportAssets.ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append("<title>").Append(HtmlText.Encode(title)).Append("</title>\n")
            .Append("<script>\n").Append(ReportAssets.Watchdog).Append("\n</script>\n")
            .Append("<style>\n");
        // The page's own characters beyond ASCII, read back from its escaped text: the reader's fonts draw Latin text,
        // and the embedded subset draws the rest on a machine with no Chinese font.
        var shown = FontSubset.CodePoints([WebUtility.HtmlDecode(body.ToString()), title]).Where(c => c > 0x7F).ToList();
        if (shown.Count > 0) html.Append(WebFont.FontFace(WebFont.PageFamily, settings.Font, shown)).Append('\n');
        html.Append(ReportAssets.Css).Append("\n</style>\n</head>\n<body>\n").Append(body);
        return html.ToString();
    }

    private static void Header(StringBuilder html, ReportInput input, IReadOnlyList<Mention> figures, IReadOnlyDictionary<int, FigureVerdict> verdicts)
    {
        html.Append("<header>\n<h1>Validation report: ").Append(HtmlText.Encode(input.ReportName)).Append("</h1>\n")
            .Append("<p>Input SHA-256: <span class=\"hash\">").Append(HtmlText.Encode(input.InputSha256)).Append("</span></p>\n");
        if (input.SeriesPage is { } series)
            html.Append("<p id=\"series\">Checked across years with the place's other reports: <a href=\"").Append(HtmlText.Encode(series)).Append("\">series page</a></p>\n");
        // Problems first: a reviewer counts problems, then reads the checks behind them.
        var failing = input.Problems.Count(p => p.Status == CheckStatus.Fail);
        html.Append("<p id=\"problem-count\" class=\"lead\"><a href=\"#problems\"><strong>").Append(Int(input.Problems.Count))
            .Append(input.Problems.Count == 1 ? " problem" : " problems").Append("</strong></a> (").Append(Int(failing)).Append(" failing, ")
            .Append(Int(input.Problems.Count - failing)).Append(" warning only), from the checks below.</p>\n")
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

    /// <summary>Links to every part of the page and to each finding, so a reader of a long report can jump straight to it.</summary>
    private static void Contents(StringBuilder html, IReadOnlyList<ProblemRow> problems, IReadOnlyList<Finding> ordered, IReadOnlyList<RenderedPlot> plots, bool hasLinks)
    {
        html.Append("<nav id=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n<li><a href=\"#problems\">Problems</a> (").Append(Int(problems.Count)).Append(')');
        if (problems.Count > 0)
        {
            html.Append("\n<ol class=\"toc-problems\">\n");
            foreach (var p in problems)
                html.Append("<li><a href=\"#").Append(ProblemAnchor(p)).Append("\"><span class=\"badge ").Append(p.Status.Name()).Append("\">")
                    .Append(p.Status.Name()).Append("</span> ").Append(HtmlText.Encode(p.Id)).Append(": ").Append(HtmlText.Encode(p.Kinds.Replace(";", ", ", StringComparison.Ordinal))).Append("</a></li>\n");
            html.Append("</ol>\n");
        }
        html.Append("</li>\n<li><a href=\"#findings\">Findings</a> (").Append(Int(ordered.Count)).Append(')');
        if (ordered.Count > 0)
        {
            html.Append("\n<ol class=\"toc-findings\">\n");
            for (var i = 0; i < ordered.Count; i++)
            {
                var f = ordered[i];
                html.Append("<li><a href=\"#").Append(FindingAnchor.Of(i + 1)).Append("\"><span class=\"badge ").Append(f.Status.Name()).Append("\">")
                    .Append(f.Status.Name()).Append("</span> ").Append(HtmlText.Encode(Title(f))).Append("</a></li>\n");
            }
            html.Append("</ol>\n");
        }
        html.Append("</li>\n");
        html.Append("<li><a href=\"#plots\">Plots</a> (").Append(Int(plots.Count)).Append(")</li>\n");
        if (hasLinks) html.Append("<li><a href=\"#statements\">How the figures were linked</a></li>\n");
        html.Append("<li><a href=\"#figures-heading\">All figures</a></li>\n<li><a href=\"#provenance\">Provenance</a></li>\n</ol>\n</nav>\n");
    }

    private static string WithUnit(string value, string unit) => value.Length == 0 || unit.Length == 0 ? value : $"{value} {unit}";

    /// <summary>The fragment a problem card is reached by (#problem-1 for P1).</summary>
    public static string ProblemAnchor(ProblemRow problem) => "problem-" + problem.Id.TrimStart('P');

    /// <summary>
    /// One card per problem: its checks (linked to their findings), the figures they read, and its best joint reading with
    /// how many of its checks that reading makes pass, and the runner-up.
    /// </summary>
    private static void Problems(StringBuilder html, IReadOnlyList<ProblemRow> problems, IReadOnlyDictionary<string, IReadOnlyList<string>> anchors, IReadOnlyDictionary<int, Mention> byId)
    {
        html.Append("<h2 id=\"problems\">Problems</h2>\n");
        if (problems.Count == 0)
        {
            html.Append("<p class=\"muted\">No problems: no check failed or warned.</p>\n");
            return;
        }
        html.Append("<p class=\"muted\">Failed and warned findings that share figures, directly or through each other, are one problem. ")
            .Append("Its joint reading is the reading of its figures (another unit, a digit typo, a shifted decimal point, another basis) ")
            .Append("that makes most of its checks pass while breaking fewest others: a suggestion, never a change to the data.</p>\n");
        foreach (var p in problems)
        {
            html.Append("<section class=\"problem\" id=\"").Append(ProblemAnchor(p)).Append("\" data-status=\"").Append(p.Status.Name()).Append("\">\n<h3><span class=\"badge ").Append(p.Status.Name()).Append("\">")
                .Append(p.Status.Name()).Append("</span> ").Append(HtmlText.Encode(p.Id)).Append(": ").Append(Int(p.Checks)).Append(p.Checks == 1 ? " check" : " checks")
                .Append(" (").Append(HtmlText.Encode(p.Kinds.Replace(";", ", ", StringComparison.Ordinal))).Append(")</h3>\n<p>Checks: ");
            html.Append(string.Join(", ", p.Findings.Select(rule => anchors.TryGetValue(rule, out var a)
                ? $"<a href=\"#{a[0]}\"><code>{HtmlText.Encode(rule)}</code></a>"
                : $"<code>{HtmlText.Encode(rule)}</code>")));
            html.Append("</p>\n<p>Figures: <span lang=\"zh\">")
                .Append(string.Join(" | ", p.Mentions.Where(byId.ContainsKey).Select(id => $"<a href=\"#{FigureAnchor(id)}\">{HtmlText.Encode(byId[id].Text)}</a>")))
                .Append("</span></p>\n");
            if (p.Best.Length == 0)
                html.Append("<p class=\"muted\">No reading of its figures explains it.</p>\n");
            else
            {
                // Each changed figure links to its row, so a reader can tell which of two equal-looking figures (3% and 3%) is meant.
                var originals = p.Original.Split(" | ");
                var changed = originals.Length == p.BestFigures.Count
                    ? string.Join(" | ", originals.Select((o, k) => byId.ContainsKey(p.BestFigures[k]) ? $"<a href=\"#{FigureAnchor(p.BestFigures[k])}\">{HtmlText.Encode(o)}</a>" : HtmlText.Encode(o)))
                    : HtmlText.Encode(p.Original);
                html.Append("<p>Best joint reading: <span lang=\"zh\">").Append(changed).Append(" → <strong>").Append(HtmlText.Encode(p.Best))
                    .Append("</strong></span> (").Append(HtmlText.Encode(p.BestKind)).Append("): ").Append(Int(p.BestFixes ?? 0)).Append(" of ").Append(Int(p.Checks))
                    .Append(p.Checks == 1 ? " check passes" : " checks pass").Append(", ").Append(Int(p.BestBreaks ?? 0)).Append(" other checks would fail.");
                if (p.RunnerUp.Length > 0)
                    html.Append(" Runner-up: <span lang=\"zh\">").Append(HtmlText.Encode(p.RunnerUp)).Append("</span> (").Append(Int(p.RunnerUpFixes ?? 0)).Append(" of ").Append(Int(p.Checks)).Append(").");
                html.Append("</p>\n");
            }
            html.Append("</section>\n");
        }
    }

    /// <summary>Buttons by status and a choice of kind; the page's script hides the findings that match neither.</summary>
    private static void FindingFilters(StringBuilder html, IReadOnlyList<Finding> ordered)
    {
        html.Append("<div class=\"filters\" id=\"finding-filters\" role=\"group\" aria-label=\"Filter findings by status and kind\">")
            .Append("<button type=\"button\" data-finding-status=\"all\" aria-pressed=\"true\">all</button>");
        foreach (var s in StatusOrder.Presentation.Where(s => ordered.Any(f => f.Status == s)))
            html.Append("<button type=\"button\" data-finding-status=\"").Append(s.Name()).Append("\" aria-pressed=\"false\">").Append(s.Name()).Append("</button>");
        html.Append("<label>kind <select id=\"finding-kind\"><option value=\"\">every kind</option>");
        foreach (var kind in ordered.Select(f => f.Kind).Distinct().Order(StringComparer.Ordinal))
            html.Append("<option value=\"").Append(HtmlText.Encode(kind)).Append("\">").Append(HtmlText.Encode(kind)).Append("</option>");
        html.Append("</select></label> <span id=\"finding-shown\" class=\"muted\" aria-live=\"polite\"></span></div>\n");
    }

    private static void Finding(StringBuilder html, Finding f, string anchor, IReadOnlyDictionary<int, Mention> byId, IReadOnlySet<int> tabled, ReportInput input)
    {
        var status = f.Status.Name();
        html.Append("<section class=\"finding\" id=\"").Append(anchor).Append("\" data-status=\"").Append(status).Append("\" data-kind=\"").Append(HtmlText.Encode(f.Kind))
            .Append("\" data-rule=\"").Append(HtmlText.Encode(f.Rule)).Append("\">\n")
            .Append("<h3><a class=\"anchor\" href=\"#").Append(anchor).Append("\" title=\"link to this finding\">#</a> <span class=\"badge ").Append(status).Append("\">").Append(status).Append("</span> ")
            .Append(HtmlText.Encode(Title(f))).Append(" <code>").Append(HtmlText.Encode(f.Rule)).Append("</code></h3>\n");
        var involved = f.Mentions.Select(id => byId.GetValueOrDefault(id)).OfType<Mention>().ToList();
        foreach (var sentence in involved.GroupBy(m => m.Sentence).OrderBy(g => g.Key.Start))
        {
            var first = sentence.First();
            if (!input.Sentences.TryGetValue(first.Id, out var text) || text.Length == 0) continue;
            html.Append("<blockquote lang=\"zh\">").Append(SentenceQuote.Html(text, first.Sentence.Start, sentence));
            if (input.SentencePositions.TryGetValue(first.Id, out var at))
                html.Append(" <cite lang=\"en\">line ").Append(Int(at.Line)).Append(", column ").Append(Int(at.Column)).Append("</cite>");
            html.Append("</blockquote>\n");
        }
        if (involved.Count == 0 && f.Evidence.Length > 0)
            html.Append("<blockquote lang=\"zh\">").Append(HtmlText.Encode(f.Evidence)).Append("</blockquote>\n");
        html.Append("<p class=\"explanation\">").Append(HtmlText.Encode(FindingExplanation.Lead(f))).Append(' ').Append(HtmlText.Encode(f.Message)).Append("</p>\n")
            // A band of plausible values is a reference, not something the report states; severity matters only where a check failed or warned.
            .Append("<table class=\"intervals\"><tr><th>").Append(CheckKind.Of(f.Kind).IsBand ? "reference band" : "stated (expected)")
            .Append("</th><th>computed (observed)</th><th>gap</th><th>severity</th><th>kind</th><th>source</th></tr>\n<tr><td>")
            .Append(HtmlText.Encode(WithUnit(Show(f.Expected), f.Unit))).Append("</td><td>").Append(HtmlText.Encode(WithUnit(Show(f.Observed), f.Unit))).Append("</td><td class=\"num\">")
            .Append(HtmlText.Encode(WithUnit(DecimalText.Format(f.Margin), f.MarginUnit))).Append("</td><td>")
            .Append(f.Status is CheckStatus.Fail or CheckStatus.Warn ? HtmlText.Encode(f.Severity.Name()) : "—").Append("</td><td>")
            .Append(HtmlText.Encode(f.Kind)).Append("</td><td>").Append(HtmlText.Encode(f.Origin.ToString())).Append("</td></tr></table>\n")
            .Append("<p class=\"muted\">Evidence: <span lang=\"zh\">").Append(HtmlText.Encode(f.Evidence)).Append("</span></p>\n");
        var linked = involved.Where(m => tabled.Contains(m.Id)).DistinctBy(m => m.Id).OrderBy(m => m.Span.Start).ToList();
        if (linked.Count > 0)
        {
            html.Append("<p class=\"muted\">Figures in the table: ");
            for (var i = 0; i < linked.Count; i++)
                html.Append(i == 0 ? "" : ", ").Append("<a href=\"#").Append(FigureAnchor(linked[i].Id)).Append("\" lang=\"zh\">").Append(HtmlText.Encode(linked[i].Text)).Append("</a>");
            html.Append("</p>\n");
        }
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
        if (!HasLinks(statements)) return;
        var linked = statements.Where(IsLink).ToList();
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

    private static bool IsLink(StatementRow s) => s.PartOf is not null || s.LinkedTo is not null || s.Role is "change" or "previous";

    private static bool HasLinks(IReadOnlyList<StatementRow> statements) => statements.Any(IsLink);

    private static void Plots(StringBuilder html, IReadOnlyList<RenderedPlot> plots)
    {
        html.Append("<h2 id=\"plots\">Plots</h2>\n");
        foreach (var p in plots)
        {
            var name = HtmlText.Encode(p.Name);
            html.Append("<figure id=\"plot-").Append(name).Append("\"><img alt=\"").Append(HtmlText.Encode(p.Title))
                .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(p.Png)).Append('"');
            // Shown at the SVG's size: the PNG's extra pixels make it sharp on a dense screen, not larger.
            if (PngWidth(p.Png) is { } width)
                html.Append(" width=\"").Append(Int(width / PlotCanvas.PngScale)).Append("\" height=\"").Append(Int(PngHeight(p.Png) / PlotCanvas.PngScale)).Append('"');
            html.Append("><figcaption>")
                .Append(HtmlText.Encode(p.Title)).Append(" (<a href=\"plots/").Append(name).Append(".png\">plots/").Append(name).Append(".png</a>, <a href=\"plots/")
                .Append(name).Append(".svg\">.svg</a>)</figcaption></figure>\n");
        }
    }

    private static void FigureTable(StringBuilder html, IReadOnlyList<Mention> figures, IReadOnlyDictionary<int, FigureVerdict> verdicts,
        IReadOnlyDictionary<string, IReadOnlyList<string>> findingsByRule, UnitScale units)
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
            html.Append("<tr id=\"").Append(FigureAnchor(m.Id)).Append("\" data-status=\"").Append(verdict.StatusName).Append("\"><td class=\"num\">").Append(Int(m.Id)).Append("</td><td lang=\"zh\">")
                .Append(HtmlText.Encode(m.Text)).Append("</td><td class=\"num\">").Append(HtmlText.Encode(DecimalText.Format(m.Value))).Append("</td><td>")
                .Append(HtmlText.Encode(m.Unit)).Append("</td><td class=\"num\">").Append(HtmlText.Encode(baseValue)).Append("</td><td>")
                .Append(m.Period is { } p ? Int(p) : "").Append("</td><td>").Append(m.Basis == Basis.Unknown ? "" : m.Basis.ToString().ToLowerInvariant())
                .Append("</td><td lang=\"zh\">").Append(HtmlText.Encode(m.Subject)).Append("</td><td><span class=\"badge ").Append(verdict.StatusName).Append("\">")
                .Append(verdict.StatusName).Append("</span></td><td>");
            for (var i = 0; i < verdict.Rules.Count; i++)
            {
                var rule = verdict.Rules[i];
                html.Append(i == 0 ? "" : "; ");
                // A rule shown on the page links to its finding (the first, when one rule gave several).
                if (findingsByRule.GetValueOrDefault(rule) is [var anchor, ..])
                    html.Append("<a href=\"#").Append(anchor).Append("\"><code>").Append(HtmlText.Encode(rule)).Append("</code></a>");
                else
                    html.Append("<code>").Append(HtmlText.Encode(rule)).Append("</code>");
            }
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>
    /// Where the page came from, from what the manifest records too. The run time is left to manifest.json: a clock
    /// reading here would make report.html differ on every run.
    /// </summary>
    private static void Footer(StringBuilder html, ReportProvenance? provenance)
    {
        html.Append("<footer id=\"provenance\">\n<h2>Provenance</h2>\n");
        if (provenance is null)
        {
            html.Append("<p class=\"muted\">No provenance was recorded for this page.</p>\n</footer>\n");
            return;
        }
        html.Append("<p>Written by <code>stats</code> ").Append(HtmlText.Encode(provenance.ToolVersion)).Append(", commit <code class=\"hash\">")
            .Append(HtmlText.Encode(provenance.Commit)).Append("</code>").Append(provenance.Dirty switch { "true" => " (built with uncommitted changes)", "false" => "", _ => " (whether it had uncommitted changes is unknown)" })
            .Append(". The run time and the hashes of every output are in <a href=\"manifest.json\">manifest.json</a>; ")
            .Append("<code>stats verify</code> re-runs from it.</p>\n");
        if (provenance.Inputs.Count > 0)
        {
            html.Append("<table class=\"inputs\"><thead><tr><th>input</th><th>file</th><th>SHA-256</th></tr></thead><tbody>\n");
            foreach (var i in provenance.Inputs)
                html.Append("<tr><td>").Append(HtmlText.Encode(i.Role)).Append("</td><td><code>").Append(HtmlText.Encode(i.File)).Append("</code></td><td class=\"hash\">")
                    .Append(HtmlText.Encode(i.Sha256)).Append("</td></tr>\n");
            html.Append("</tbody></table>\n");
        }
        html.Append("</footer>\n");
    }

    // The IHDR chunk follows the 8-byte signature: length, type, then width and height, big-endian.
    private static int? PngWidth(byte[] png) => png.Length >= 24 && png[12] == (byte)'I' && png[13] == (byte)'H' ? System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)) : null;

    private static int PngHeight(byte[] png) => System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));

    private static string Title(Finding f) => f.Label.Length > 0 ? f.Label : f.Kind;

    private static string FigureAnchor(int id) => "figure-" + Int(id);

    private static string Show(Interval? interval) => interval is null ? "—" : IntervalText.Format(interval);

    private static string Name(FigureStatus s) => s.ToString().ToLowerInvariant();

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
