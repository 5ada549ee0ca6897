using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Stats.Reporting.Fonts;
using Stats.Reporting.Html;
using Stats.Tests.Reporting.Plots;

namespace Stats.Tests.Reporting.Html;

/// <summary>The bundled report's page and plots as written: within budget, and drawing every character from the fonts they carry.</summary>
public partial class EmbeddedFontTests
{
    public const long PageBudget = 2_000_000;

    [Test]
    public void The_bundled_reports_page_stays_within_its_two_megabyte_budget()
    {
        var bytes = new FileInfo(BundledReportPage.HtmlPath).Length;

        TestContext.Out.WriteLine($"report.html: {bytes:N0} bytes");
        Assert.That(bytes, Is.LessThanOrEqualTo(PageBudget));
    }

    [Test]
    public void The_page_embeds_a_font_with_a_glyph_for_every_character_beyond_ascii_it_shows()
    {
        var html = File.ReadAllText(BundledReportPage.HtmlPath);
        var font = EmbeddedFonts(html, WebFont.PageFamily).Single();
        var shown = WebUtility.HtmlDecode(html[html.IndexOf("<body>", StringComparison.Ordinal)..]);
        var beyondAscii = FontSubset.CodePoints([shown]).Where(c => c > 0x7F).Select(char.ConvertFromUtf32).ToList();

        TestContext.Out.WriteLine($"embedded font: {font.Length:N0} bytes, {new Fonts.TrueTypeTables(font).GlyphCount} glyphs for {beyondAscii.Count} characters");
        Assert.That(beyondAscii, Does.Contain("万").And.Contain("亿").And.Contain("→"));
        Assert.That(FontGlyphs.MissingIn(font, beyondAscii), Is.Empty);
    }

    [Test]
    public void The_security_policy_allows_fonts_from_data_urls_only()
    {
        var html = File.ReadAllText(BundledReportPage.HtmlPath);

        Assert.That(ReportAssets.ContentSecurityPolicy, Does.Contain("default-src 'none'").And.Contain("font-src data:;"));
        Assert.That(Regex.Matches(html, @"url\((?!data:font/ttf;base64,)").Count, Is.EqualTo(0), "every url( is an embedded font");
    }

    [Test]
    public void Each_plots_svg_embeds_the_chart_font_with_a_glyph_for_every_character_of_its_text()
    {
        foreach (var svgPath in Directory.GetFiles(Path.Combine(BundledReportPage.OutDir, "plots"), "*.svg").Order(StringComparer.Ordinal))
        {
            var svg = File.ReadAllText(svgPath);
            var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
            var font = EmbeddedFonts(svg, Stats.Reporting.Plots.ChartFont.Bundled.Name).Single();

            Assert.That(FontGlyphs.MissingIn(font, texts), Is.Empty, Path.GetFileName(svgPath));
        }
    }

    /// <summary>The TrueType bytes of every @font-face of the family in a page or SVG.</summary>
    public static IReadOnlyList<byte[]> EmbeddedFonts(string document, string family) =>
        FontFace().Matches(document).Where(m => m.Groups["family"].Value == family)
            .Select(m => Convert.FromBase64String(m.Groups["data"].Value)).ToList();

    [GeneratedRegex("@font-face \\{ font-family: \"(?<family>[^\"]+)\"; src: url\\(data:font/ttf;base64,(?<data>[A-Za-z0-9+/=]+)\\)")]
    private static partial Regex FontFace();
}
