using Stats.Core.Text;

namespace Stats.Cli;

/// <summary>How a verb reports what stopped it: one line on stderr (the stack trace only with --verbose), and exit code 2.</summary>
internal static class ErrorLine
{
    public static int Report(Exception e, bool verbose)
    {
        var line = Describe(e);
        Console.Error.WriteLine(!verbose ? $"stats: {line}" : e is InputException ? $"stats: {line}{Environment.NewLine}{e.StackTrace}" : $"stats: internal error: {e}");
        return StatsCommand.BadInput;
    }

    /// <summary>The one line that says what stopped a report: the input problem, or the internal error's type and message.</summary>
    public static string Describe(Exception e) => e is InputException
        ? e.Message
        : $"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} (run with --verbose for details)";
}
