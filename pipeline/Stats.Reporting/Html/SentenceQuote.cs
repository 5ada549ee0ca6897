using System.Text;
using Stats.Core.Extraction;

namespace Stats.Reporting.Html;

/// <summary>A source sentence as escaped HTML with the given mentions wrapped in &lt;mark&gt; at their spans.</summary>
public static class SentenceQuote
{
    public static string Html(string sentence, int sentenceStart, IEnumerable<Mention> marked)
    {
        var spans = new List<(int Start, int End, int Id)>();
        foreach (var m in marked.OrderBy(m => m.Span.Start).ThenBy(m => m.Id))
        {
            var start = m.Span.Start - sentenceStart;
            // Offsets that do not land on the mention's own text (a sentence column edited by hand, say) fall back to searching.
            if (start < 0 || start + m.Span.Length > sentence.Length || string.CompareOrdinal(sentence, start, m.Text, 0, m.Text.Length) != 0)
                start = m.Text.Length == 0 ? -1 : sentence.IndexOf(m.Text, StringComparison.Ordinal);
            if (start < 0) continue;
            var end = start + m.Text.Length;
            if (spans.Any(s => s.Start < end && start < s.End)) continue;
            spans.Add((start, end, m.Id));
        }
        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, end, id) in spans.OrderBy(s => s.Start))
        {
            html.Append(HtmlText.Encode(sentence[at..start]));
            html.Append("<mark title=\"mention ").Append(id).Append("\">").Append(HtmlText.Encode(sentence[start..end])).Append("</mark>");
            at = end;
        }
        html.Append(HtmlText.Encode(sentence[at..]));
        return html.ToString();
    }
}
