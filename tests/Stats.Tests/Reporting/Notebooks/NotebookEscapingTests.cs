using System.Text.Json;
using Stats.Core.Findings;
using Stats.Pipeline.Checking;
using Stats.Reporting.Notebooks;
using Stats.Tests.Cli;

namespace Stats.Tests.Reporting.Notebooks;

public class NotebookEscapingTests
{
    private const string Hostile = "全年完成一般公共预算收入5000万元。其中，税收收入<script>alert('x')</script>完成4000万元，占比90%。\n";

    [Test]
    public void Report_text_with_a_script_tag_appears_as_text_in_markdown_and_html_outputs()
    {
        using var scratch = new TempFolder();
        using var notebook = GeneratedNotebook.OfText(Hostile, scratch);
        using var json = JsonDocument.Parse(notebook.Bytes);
        var shown = Shown(json.RootElement).ToList();

        Assert.That(shown, Has.None.Contains("<script").IgnoreCase);
        Assert.That(shown, Has.Some.Contains("&lt;script&gt;"), "the failed share's sentence is quoted, escaped");
    }

    [Test]
    public void Markdown_escaping_leaves_no_tag_link_or_formula_and_keeps_chinese_as_is()
    {
        var escaped = MarkdownText.Escape("<b>粗体</b> [link](x) $x$ *a* `c` | d");

        Assert.That(escaped, Is.EqualTo("&lt;b&gt;粗体&lt;/b&gt; \\[link\\](x) \\$x\\$ \\*a\\* \\`c\\` \\| d"));
    }

    [Test]
    public void The_findings_table_escapes_evidence()
    {
        var html = FindingHtml.Table([new Stats.Core.Findings.Finding
        {
            Rule = "r", Kind = "share", Severity = Stats.Core.Findings.Severity.Error, Status = Stats.Core.Findings.CheckStatus.Fail,
            Message = "m", Origin = FindingOrigin.Generic, Evidence = "<img src=x onerror=alert(1)>",
        }]);

        Assert.That(html, Does.Not.Contain("<img"));
        Assert.That(html, Does.Contain("&lt;img src=x onerror=alert(1)&gt;"));
    }

    /// <summary>What a viewer renders: markdown sources and HTML outputs.</summary>
    private static IEnumerable<string> Shown(JsonElement root)
    {
        foreach (var cell in root.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() == "markdown") yield return Joined(cell.GetProperty("source"));
            if (!cell.TryGetProperty("outputs", out var outputs)) continue;
            foreach (var output in outputs.EnumerateArray())
                if (output.TryGetProperty("data", out var data) && data.TryGetProperty("text/html", out var html))
                    yield return Joined(html);
        }
    }

    private static string Joined(JsonElement lines) =>
        lines.ValueKind == JsonValueKind.String ? lines.GetString()! : string.Concat(lines.EnumerateArray().Select(l => l.GetString()));
}
