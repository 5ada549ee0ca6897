using System.Text.RegularExpressions;
using Stats.Core.Findings;
using Stats.Reporting;
using Stats.Reporting.Figures;
using Stats.Reporting.Html;
using Stats.Reporting.Plots;

namespace Stats.Tests.Reporting.Html;

public class HtmlReportTests
{
    private const string Attack = "<script>alert(1)</script>";

    private static readonly UnitScale Units = new UnitScale(Stats.Tests.Core.Checks.CheckedText.ReferenceData.Units);

    private static string Build(ReportInput input) => HtmlReport.Build(input, [], Units);

    [Test]
    public void Finding_sections_come_failed_first_then_warn_not_evaluable_error_and_pass_in_their_original_order()
    {
        var html = Build(new EjinHoroSample().Input());

        var statuses = Regex.Matches(html, "<section class=\"finding\" id=\"finding-\\d+\" data-status=\"([a-z_]+)\" data-rule=\"([^\"]*)\"")
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
        var html = HtmlReport.Build(new EjinHoroSample().Input(), plots, Units);

        Assert.That(html, Does.Not.Match("(src|href)=\"(?!data:)"), "every src and href is a data: URI");
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("@import").And.Not.Contain("url("));
        Assert.That(html, Does.Contain("<img alt=\"a plot\" src=\"data:image/png;base64,iVBORw==\">"));
        Assert.That(html, Does.Contain("Content-Security-Policy"));
    }

    [Test]
    public void The_figure_table_has_a_row_per_figure_tagged_with_its_status_and_a_filter_button_per_status()
    {
        var html = Build(new EjinHoroSample().Input());

        Assert.That(Regex.Matches(html, "<tr data-status=\"(failed|flagged|validated|unchecked)\">").Count, Is.EqualTo(24));
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
}
