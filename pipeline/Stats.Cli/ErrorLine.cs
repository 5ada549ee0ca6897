using Stats.Core.Text;

namespace Stats.Cli;

/// <summary>How a verb reports what stopped it: one line on stderr (the stack trace only with --verbose), and exit code 2.</summary>
internal static class ErrorLine
{
    public static int Report(Exception e, bool verbose)
    {
        var line = Describe(e);
        Console.Error.WriteLine(!verbose ? $"stats: {line}" : e is InputException || IsFileSystem(e) ? $"stats: {line}{Environment.NewLine}{e.StackTrace}" : $"stats: internal error: {e}");
        return StatsCommand.BadInput;
    }

    /// <summary>
    /// The one line that says what stopped a report: the input problem, what the file system refused (a read-only or
    /// full disk, a missing permission, a symlink loop: the machine's problem, not the program's), or the internal error's
    /// type and message.
    /// </summary>
    public static string Describe(Exception e) => e switch
    {
        InputException => e.Message,
        _ when IsFileSystem(e) => $"the file system refused: {e.Message.ReplaceLineEndings(" ")}",
        _ => $"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} (run with --verbose for details)",
    };

    // An error the operating system reported (an errno on Unix, a Win32 code on Windows, a missing path or permission),
    // as opposed to an IOException of the program's own making such as a stream grown too long.
    private static bool IsFileSystem(Exception e) => e switch
    {
        UnauthorizedAccessException or DirectoryNotFoundException or FileNotFoundException or PathTooLongException or DriveNotFoundException => true,
        EndOfStreamException => false,
        IOException io => io.HResult is > 0 and < 4096 || (io.HResult & 0xFFFF0000) == 0x80070000,
        _ => false,
    };
}
