using System.Text;

namespace Stats.Tests.Cli;

/// <summary>A sentence is written once, not once per figure in it: the hand-over grows with the text, not with its square.</summary>
public sealed class LongSentenceTests
{
    [Test]
    public void A_sentence_with_two_thousand_figures_gives_a_mentions_table_that_grows_with_the_figures_not_their_square()
    {
        using var temp = new TempFolder();
        var text = new StringBuilder("全县各项收入合计9000亿元，其中");
        for (var i = 1; i <= 2000; i++) text.Append("第").Append(i).Append("组收入").Append(i % 9 + 1).Append("亿元，");
        text.Append("均已入库。");
        var report = temp.File("long.txt", Encoding.UTF8.GetBytes(text.ToString()));

        var run = CliRun.Of("extract", report, "--out", temp.Sub("out"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        var lines = File.ReadAllLines(Path.Combine(temp.Sub("out"), "mentions.csv"));
        Assert.That(lines.Length, Is.GreaterThan(2000));
        // Each row holds its own figure, context and offsets, never the 40,000-character sentence.
        Assert.That(lines.Max(l => l.Length), Is.LessThan(400));
    }
}
