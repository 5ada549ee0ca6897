namespace Stats.Tests.Cli;

/// <summary>Every argument error is shown, one line each, and a mistyped verb or option names the one it most likely meant.</summary>
public sealed class ArgumentErrorTests
{
    [TestCase(new[] { "extrat", "report.txt" }, "'extrat'", "Did you mean 'extract'?", TestName = "A mistyped verb is named and the verb it meant suggested")]
    [TestCase(new[] { "run", "report.txt", "--outt", "out" }, "'--outt'", "Did you mean '--out'?", TestName = "A mistyped option is named and the option it meant suggested")]
    public void A_mistyped_word_is_named_with_a_suggestion(string[] args, string named, string suggestion)
    {
        var run = CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Some.Contains(named).And.Contains(suggestion));
        Assert.That(run.Stdout, Is.Empty, "nothing is run");
    }

    [Test]
    public void Every_error_of_one_command_line_is_shown_on_a_line_of_its_own()
    {
        var run = CliRun.Of("extrat", "report.txt");
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines, Has.Length.GreaterThanOrEqualTo(2));
        Assert.That(lines, Has.All.StartsWith("stats: "));
    }

    [Test]
    public void A_word_far_from_every_verb_gets_no_suggestion()
    {
        var run = CliRun.Of("qwertyuiop");

        Assert.That(run.Stderr, Does.Contain("'qwertyuiop'").And.Not.Contain("Did you mean"));
    }
}
