using System.Text.RegularExpressions;

namespace Stats.Tests.Reporting.Html;

/// <summary>The bundled report's page counts problems first and gives each a card with its checks, figures and joint reading.</summary>
public sealed class ProblemCardTests
{
    private static string Page => File.ReadAllText(BundledReportPage.HtmlPath);

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));

    [Test]
    public void The_page_counts_problems_before_findings_and_lists_them_in_its_contents()
    {
        var page = Page;

        Assert.That(Text(page), Does.Contain("3 problems (3 failing, 0 warning only)"));
        Assert.That(page.IndexOf("id=\"problem-count\"", StringComparison.Ordinal), Is.LessThan(page.IndexOf("id=\"finding-counts\"", StringComparison.Ordinal)));
        Assert.That(page, Does.Contain("<a href=\"#problem-2\">"));
        Assert.That(Regex.Matches(page, "<section class=\"problem\" id=\"problem-\\d+\"").Count, Is.EqualTo(3));
    }

    [Test]
    public void The_grain_card_links_its_checks_and_figures_and_gives_the_joint_reading_that_fixes_all_of_them()
    {
        var page = Page;
        var start = page.IndexOf("id=\"problem-2\"", StringComparison.Ordinal);
        var card = page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];

        Assert.That(Text(card), Does.Contain("5016万吨 | 41779.9公顷 → 5016万斤 | 4177.99公顷").And.Contain("4 of 4 checks pass"));
        Assert.That(card, Does.Contain("<code>grain.yield.possible</code>").And.Contain("href=\"#finding-").And.Contain("href=\"#figure-"));
        Assert.That(card, Does.Match("Best joint reading: <span lang=\"zh\"><a href=\"#figure-\\d+\">5016万吨</a> \\| <a href=\"#figure-\\d+\">41779.9公顷</a>"));
        foreach (Match link in Regex.Matches(card, "href=\"#([^\"]+)\""))
            Assert.That(page, Does.Contain($"id=\"{link.Groups[1].Value}\""), $"the card links #{link.Groups[1].Value}, which the page must hold");
    }
}
