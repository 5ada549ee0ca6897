using Stats.Core.Text;

namespace Stats.Cli;

/// <summary>How a verb reports what stopped it: one line on stderr (the stack trace only with --verbose), and exit code 2.</summary>
public static class ErrorLine
{
    public static int Report(Exception e, bool verbose)
    {
        if (e is InputException)
            Console.Error.WriteLine(verbose ? $"stats: {e.Message}{Environment.NewLine}{e.StackTrace}" : $"stats: {e.Message}");
        else
            Console.Error.WriteLine(verbose ? $"stats: internal error: {e}" : $"stats: internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} (run with --verbose for details)");
        return StatsCommand.BadInput;
    }
}
