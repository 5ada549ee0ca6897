using System.Text.RegularExpressions;
using Stats.Core.Findings;
using Stats.Reporting;
using Stats.Reporting.Figures;
using Stats.Reporting.Fonts;
using Stats.Reporting.Html;
using Stats.Reporting.Plots;

namespace Stats.Tests.Reporting.Html;

public class HtmlReportTests
{
    private const string Attack = "<script>alert(1)</script>";

    private static readonly UnitScale Units = new UnitScale(Stats.Tests.Core.Checks.CheckedText.ReferenceData.Units);

    private static readonly ReportSettings Settings = new()
    {
        GrainYield = new(
            new("yield.fail", "possible yield", Stats.Core.Intervals.Interval.Closed(50m, 1300m), "kg/亩", "test band", "test"),
            new("yield.warn", "usual yield", Stats.Core.Intervals.Interval.Closed(150m, 800m), "kg/亩", "test band", "test")),
        Units = Units,
        Font = ChartFont.Bundled,
    };

    private static string Build(ReportInput input) => HtmlReport.Build(input, [], Settings);

    [Test]
    public void Finding_sections_come_failed_first_then_warn_not_evaluable_error_and_pass_in_their_original_order()
    {
        var html = Build(new EjinHoroSample().Input());

        var statuses = Regex.Matches(html, "<section class=\"finding\" id=\"finding-\\d+\" data-status=\"([a-z_]+)\" data-kind=\"[^\"]*\" data-rule=\"([^\"]*)\"")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

        Assert.That(statuses, Is.EqualTo(new[]
        {
            ("fail", EjinHoroSample.BudgetGrowthRule), ("fail", "granularity:13:14:15"), ("fail", EjinHoroSample.GrainRule),
            ("warn", "area-target-vs-actual"), ("not_evaluable", "investment-real-growth"), ("error", "revenue-per-capita"),
            ("pass", "parts:3:4:5"), ("pass", "parts:16:18:21"), ("pass", "share:16:18:20"), ("pass", "share:16:21:23"), ("pass", "granularity:11:12"),
        }));
    }

    [Test]
    public void The_source_sentence_is_quoted_with_the_involved_figures_marked()
    {
        var html = Build(new EjinHoroSample().Input());

        Assert.That(html, Does.Contain("粮食种植总面积达到<mark title=\"mention 7\">41779.9公顷</mark>，同比增长3.4%，全年粮食产量达到<mark title=\"mention 9\">5016万吨</mark>，同比增长5.2%。"));
    }

    [Test]
    public void The_header_names_the_report_its_hash_and_the_counts_by_status()
    {
        var sample = new EjinHoroSample().Input();
        var html = Build(sample);

        Assert.That(html, Does.Contain("<h1>Validation report: ejin-horo-town-2023 (excerpt)</h1>"));
        Assert.That(html, Does.Contain(sample.InputSha256));
        Assert.That(html, Does.Contain("<td data-status=\"fail\">3</td>").And.Contain("<td data-status=\"pass\">5</td>").And.Contain("<td data-status=\"warn\">1</td>"));
    }

    [Test]
    public void A_finding_shows_at_most_the_top_three_hypotheses_of_its_rule_best_first()
    {
        var html = Build(new EjinHoroSample().Input());
        var section = Regex.Match(html, "data-rule=\"grain-yield-band\".*?</section>", RegexOptions.Singleline).Value;

        var readings = Regex.Matches(section, "<strong>(.*?)</strong>").Select(m => m.Groups[1].Value).ToList();

        Assert.That(readings, Is.EqualTo(new[] { "5016万斤 | 41779.9亩", "5016万斤", "5016吨" }));
        Assert.That(section, Does.Contain("600.29 kg/亩 = 9.0044 t/ha"));
    }

    [Test]
    public void Stated_and_computed_intervals_and_a_plain_explanation_accompany_each_finding()
    {
        var html = Build(new EjinHoroSample().Input());
        var section = Regex.Match(html, "data-rule=\"share:16:18:20\".*?</section>", RegexOptions.Singleline).Value;

        Assert.That(section, Does.Contain("<td>[98.45, 98.55)</td><td>(98.52055, 98.52232)</td>"));
        Assert.That(section, Does.Contain("The stated share (占比) agrees with the part divided by the total"));
    }

    [Test]
    public void Script_in_any_report_text_is_escaped_and_never_appears_raw()
    {
        var sample = new EjinHoroSample();
        var input = sample.Input() with
        {
            ReportName = Attack,
            Findings = [.. sample.Findings.Select(f => f with { Message = Attack + f.Message, Label = Attack, Evidence = Attack, Rule = f.Rule + "\"'" + Attack })],
            Mentions = [.. sample.Mentions.Select(m => m with { Subject = Attack, Text = m.Text })],
            Sentences = sample.Input().Sentences.ToDictionary(kv => kv.Key, kv => Attack + kv.Value),
            Hypotheses = [.. sample.Hypotheses.Select(h => h with { Explanation = Attack, Reading = Attack })],
        };

        var html = Build(input);

        Assert.That(html, Does.Not.Contain(Attack));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(Regex.Matches(html, "<script>").Count, Is.EqualTo(2), "only the report's own watchdog and filter scripts");
        Assert.That(html, Does.Contain("&quot;&#39;&lt;script&gt;"), "quotes are escaped too, so attributes cannot be broken out of");
        Assert.That(html, Does.Contain("<span class=\"badge fail\">fail</span>"), "the page's own markup is untouched");
    }

    [Test]
    public void A_mark_lands_on_the_mention_even_when_the_sentence_text_around_it_needs_escaping()
    {
        var html = SentenceQuote.Html("a<b & 5016万吨 \"x\"", 100, [new EjinHoroSample()[9] with { Span = new(107, 113), Sentence = new(100, 117) }]);

        Assert.That(html, Is.EqualTo("a&lt;b &amp; <mark title=\"mention 9\">5016万吨</mark> &quot;x&quot;"));
    }

    [Test]
    public void The_page_is_self_contained_with_no_external_reference()
    {
        var plots = new[] { new RenderedPlot("p", "a plot", [0x89, 0x50, 0x4E, 0x47], "<svg/>", []) };
        var html = HtmlReport.Build(new EjinHoroSample().Input(), plots, Settings);

        Assert.That(html, Does.Not.Match("src=\"(?!data:)"), "every src is a data: URI");
        Assert.That(html, Does.Not.Match("href=\"(?!data:|#|plots/|manifest\\.json\")"), "every href is a data: URI, an anchor of the page or a file the run wrote beside it");
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("@import"));
        Assert.That(html, Does.Not.Match(@"url\((?!data:font/ttf;base64,)"), "the only url( is the embedded font's data: URI");
        Assert.That(html, Does.Contain("<img alt=\"a plot\" src=\"data:image/png;base64,iVBORw==\">"));
        Assert.That(html, Does.Contain("Content-Security-Policy"));
    }

    [Test]
    public void The_figure_table_has_a_row_per_figure_tagged_with_its_status_and_a_filter_button_per_status()
    {
        var html = Build(new EjinHoroSample().Input());

        Assert.That(Regex.Matches(html, "<tr id=\"figure-\\d+\" data-status=\"(failed|flagged|validated|unchecked)\">").Count, Is.EqualTo(24));
        foreach (var status in new[] { "all", "failed", "flagged", "validated", "unchecked" })
            Assert.That(html, Does.Contain($"data-filter=\"{status}\""));
    }

    [Test]
    public void The_markdown_summary_gives_counts_and_the_failed_messages_one_per_line()
    {
        var sample = new EjinHoroSample();
        var md = MarkdownSummary.Build(sample.Input());

        Assert.That(md, Does.Contain("| 11 | 3 | 1 | 1 | 1 | 5 |"));
        Assert.That(md, Does.Contain("Figures: 24 (11 failed, 4 flagged, 6 validated, 3 unchecked)"));
        var failedLines = md.Split('\n').Where(l => l.StartsWith("- `", StringComparison.Ordinal)).ToList();
        Assert.That(failedLines, Has.Count.EqualTo(sample.Findings.Count(f => f.Status == CheckStatus.Fail)));
        Assert.That(failedLines[2], Does.StartWith("- `grain-yield-band` (rule): 5016万吨 / 41779.9公顷"));
    }

    [Test]
    public void The_report_is_the_same_text_on_every_build()
    {
        var first = Build(new EjinHoroSample().Input());
        var second = Build(new EjinHoroSample().Input());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void The_contents_link_every_finding_and_every_part_of_the_page()
    {
        var html = Build(new EjinHoroSample().Input());
        var contents = Regex.Match(html, "<nav id=\"contents\".*?</nav>", RegexOptions.Singleline).Value;

        var targets = Regex.Matches(contents, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.That(targets, Is.SupersetOf(new[] { "findings", "plots", "figures-heading", "provenance" }));
        Assert.That(targets.Count(t => t.StartsWith("finding-", StringComparison.Ordinal)), Is.EqualTo(new EjinHoroSample().Findings.Count));
    }

    [Test]
    public void Every_link_within_the_page_lands_on_an_element_of_it()
    {
        var sample = new EjinHoroSample();
        var html = Build(sample.Input() with { Provenance = Provenance });

        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        var targets = Regex.Matches(html, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.That(targets, Has.Count.GreaterThan(sample.Findings.Count));
        Assert.That(targets.Where(t => !ids.Contains(t)), Is.Empty);
    }

    [Test]
    public void A_figure_row_links_to_the_findings_of_its_checks_and_each_finding_links_back_to_its_figures()
    {
        var html = Build(new EjinHoroSample().Input());
        var grain = Regex.Match(html, "<section class=\"finding\" id=\"(finding-\\d+)\"[^>]*data-rule=\"grain-yield-band\".*?</section>", RegexOptions.Singleline);
        var row = Regex.Match(html, "<tr id=\"figure-9\".*?</tr>").Value;

        Assert.That(row, Does.Contain($"<a href=\"#{grain.Groups[1].Value}\"><code>grain-yield-band</code></a>"));
        Assert.That(grain.Value, Does.Contain("<a href=\"#figure-9\" lang=\"zh\">5016万吨</a>").And.Contain("<a href=\"#figure-7\" lang=\"zh\">41779.9公顷</a>"));
    }

    [Test]
    public void Findings_carry_their_status_and_kind_and_the_filters_offer_each_status_and_kind_present()
    {
        var sample = new EjinHoroSample();
        var html = Build(sample.Input());
        var filters = Regex.Match(html, "<div class=\"filters\" id=\"finding-filters\".*?</div>", RegexOptions.Singleline).Value;

        foreach (var status in sample.Findings.Select(f => f.Status.Name()).Distinct())
            Assert.That(filters, Does.Contain($"data-finding-status=\"{status}\""));
        foreach (var kind in sample.Findings.Select(f => f.Kind).Distinct())
            Assert.That(filters, Does.Contain($"<option value=\"{kind}\">"));
        Assert.That(Regex.Matches(html, "<section class=\"finding\" id=\"finding-\\d+\" data-status=\"[a-z_]+\" data-kind=\"[a-z_]+\"").Count, Is.EqualTo(sample.Findings.Count));
    }

    [Test]
    public void Each_quote_gives_the_line_and_column_where_its_sentence_starts()
    {
        var html = Build(new EjinHoroSample().Input());

        // 粮食种植总面积… is the third line of the excerpt, and its sentence opens the line.
        Assert.That(html, Does.Match("<blockquote lang=\"zh\">打造高标准农田942亩，[^<]*<mark title=\"mention 7\">41779.9公顷</mark>.*?<cite lang=\"en\">line 3, column 1</cite></blockquote>"));
    }

    [Test]
    public void Plot_captions_link_to_the_png_and_svg_files_written_beside_the_page()
    {
        var plots = new[] { new RenderedPlot("yield-plausibility", "Yield", [0x89, 0x50, 0x4E, 0x47], "<svg/>", []) };

        var html = HtmlReport.Build(new EjinHoroSample().Input(), plots, Settings);

        Assert.That(html, Does.Contain("<a href=\"plots/yield-plausibility.png\">").And.Contain("<a href=\"plots/yield-plausibility.svg\">"));
    }

    private static readonly ReportProvenance Provenance = new("0.2.0", "2e9aee8fc892fb8321dc5e8965c625acf04c2bd2", "false",
    [
        new("report", "ejin-horo-town-2023/report.txt", "a9c292718ef256c2202469068d95653ff1a583ef111aede45aad52c555d3e725"),
        new("reference", "reference/units.yaml", "7af8caff30b09973e81f70dc91cc903119867fd4e423c2dfea22bbc750958b61"),
    ]);

    [Test]
    public void The_footer_gives_the_tool_its_commit_and_each_inputs_hash_and_leaves_the_run_time_to_the_manifest()
    {
        var html = Build(new EjinHoroSample().Input() with { Provenance = Provenance });
        var footer = Regex.Match(html, "<footer id=\"provenance\">.*?</footer>", RegexOptions.Singleline).Value;

        Assert.That(footer, Does.Contain("0.2.0").And.Contain(Provenance.Commit).And.Contain("<a href=\"manifest.json\">manifest.json</a>"));
        foreach (var input in Provenance.Inputs)
            Assert.That(footer, Does.Contain($"<tr><td>{input.Role}</td><td><code>{input.File}</code></td><td class=\"hash\">{input.Sha256}</td></tr>"));
        Assert.That(footer, Does.Not.Match(@"\d{4}-\d{2}-\d{2}T"), "no clock reading: the page is the same bytes on every run");
    }

    [Test]
    public void Without_provenance_the_footer_says_none_was_recorded()
    {
        var html = Build(new EjinHoroSample().Input());

        Assert.That(html, Does.Contain("No provenance was recorded for this page."));
    }

    [Test]
    public void The_page_asks_for_its_embedded_font_after_the_readers_own_and_embeds_only_characters_beyond_ascii()
    {
        var html = Build(new EjinHoroSample().Input());

        Assert.That(html, Does.Contain($"body {{ font-family: system-ui, \"{WebFont.PageFamily}\""));
        var font = EmbeddedFontTests.EmbeddedFonts(html, WebFont.PageFamily).Single();
        Assert.That(Plots.FontGlyphs.MissingIn(font, ["粮食", "→"]), Is.Empty);
        Assert.That(Plots.FontGlyphs.MissingIn(font, ["A"]), Is.EqualTo(new[] { "A" }), "Latin text is left to the reader's fonts");
    }

    [Test]
    public void A_plot_is_shown_at_the_svgs_size_from_its_png_of_twice_the_resolution()
    {
        var plot = PlotCanvas.NoData(ChartFont.Bundled, "a plot", "nothing").Render("p", 800, 500);

        var html = HtmlReport.Build(new EjinHoroSample().Input(), [plot], Settings);

        Assert.That(html, Does.Match("<img alt=\"a plot\" src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" width=\"800\" height=\"500\">"));
    }
}
