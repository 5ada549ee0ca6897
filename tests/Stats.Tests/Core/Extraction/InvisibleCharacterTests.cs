using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Tests.Core.Extraction;

/// <summary>Issue 16, item 12: an invisible character inside a number neither splits the figure nor moves its span.</summary>
public class InvisibleCharacterTests
{
    [TestCase("\u200d", TestName = "A zero-width joiner inside a number leaves the figure whole")]
    [TestCase("\u200c", TestName = "A zero-width non-joiner inside a number leaves the figure whole")]
    [TestCase("\u200b", TestName = "A zero-width space inside a number leaves the figure whole")]
    [TestCase("\ufeff", TestName = "A byte order mark inside a number leaves the figure whole")]
    [TestCase("\u00ad", TestName = "A soft hyphen inside a number leaves the figure whole")]
    [TestCase("\u2060", TestName = "A word joiner inside a number leaves the figure whole")]
    public void An_invisible_character_inside_a_number_leaves_the_figure_whole_and_its_span_in_the_original(string invisible)
    {
        var content = $"\u200b全年完成固定资产投资68{invisible}29.11万元，同比增长1{invisible}2.5%。";
        var report = new ReportText("r.txt", content);

        var mentions = new Extractor().Extract(report);

        var amount = mentions.Single(m => m.Kind == MentionKind.Amount);
        Assert.That(amount.Value, Is.EqualTo(68291100m));
        Assert.That(amount.Number, Is.EqualTo("6829.11"));
        Assert.That(amount.Text, Is.EqualTo($"68{invisible}29.11万元"));
        var growth = mentions.Single(m => m.Kind == MentionKind.Percent);
        Assert.That((growth.Value, growth.Role, growth.LinkedTo), Is.EqualTo((12.5m, Role.Growth, (int?)amount.Id)));
        Assert.That(mentions, Has.Count.EqualTo(2));
        Assert.That(mentions.Select(m => m.Text == content[m.Span.Start..m.Span.End]), Has.All.True);
        Assert.That(mentions.Select(m => m.Sentence.Contains(m.Span) && m.Sentence.End <= content.Length), Has.All.True);
        var clean = new Extractor().Extract(new ReportText("r.txt", content.Replace(invisible, "", StringComparison.Ordinal).Replace("\u200b", "", StringComparison.Ordinal)));
        Assert.That(mentions.Select(m => (m.Kind, m.Value, m.Number, m.Unit, m.Subject, m.Role, m.LinkedTo)),
            Is.EqualTo(clean.Select(m => (m.Kind, m.Value, m.Number, m.Unit, m.Subject, m.Role, m.LinkedTo))), "read as if the characters were not there");
    }

    [Test]
    public void Invisible_characters_around_a_figure_stay_outside_its_span()
    {
        const string content = "投资\u200b68.5万元\u200d。";
        var amount = new Extractor().Extract(new ReportText("r.txt", content)).Single();
        Assert.That((amount.Span.Start, amount.Span.End, amount.Text), Is.EqualTo((3, 9, "68.5万元")));
    }

    [Test]
    public void A_text_of_invisible_characters_only_has_no_mentions() =>
        Assert.That(new Extractor().Extract(new ReportText("r.txt", "\u200b\u200d\u00ad")), Is.Empty);
}
