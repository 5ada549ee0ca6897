using System.Text;

namespace Stats.Tests.Cli;

/// <summary>
/// The console's writer while the tests run: what a command line run in-process prints goes to that run's own writer, and
/// everything else to the writer the console had before (NUnit's, which files output under the test that printed it).
/// A run's writer is async-local, so runs on several threads each capture their own output, and the console's writer is
/// never replaced or closed under another test (FsCheck, a test's own output).
/// </summary>
internal sealed class ConsoleSwitch(TextWriter before) : TextWriter
{
    private static readonly Lazy<(ConsoleSwitch Out, ConsoleSwitch Error)> Installed = new(() =>
    {
        var (output, error) = (new ConsoleSwitch(Console.Out), new ConsoleSwitch(Console.Error));
        Console.SetOut(output);
        Console.SetError(error);
        return (output, error);
    });

    private readonly AsyncLocal<TextWriter?> current = new();

    /// <summary>
    /// Sends what this thread and the tasks it starts print to the console to <paramref name="stdout"/> and
    /// <paramref name="stderr"/>, until the result is disposed.
    /// </summary>
    public static IDisposable Capture(TextWriter stdout, TextWriter stderr)
    {
        var (output, error) = Installed.Value;
        var saved = (output.current.Value, error.current.Value);
        (output.current.Value, error.current.Value) = (stdout, stderr);
        return new Restore(() => (output.current.Value, error.current.Value) = saved);
    }

    private TextWriter Target => current.Value ?? before;

    public override Encoding Encoding => Target.Encoding;

    public override IFormatProvider FormatProvider => Target.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => Target.NewLine;
        set => Target.NewLine = value;
    }

    public override void Write(char value) => Target.Write(value);

    public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);

    public override void Write(ReadOnlySpan<char> buffer) => Target.Write(buffer);

    public override void Write(string? value) => Target.Write(value);

    public override void WriteLine() => Target.WriteLine();

    public override void WriteLine(string? value) => Target.WriteLine(value);

    public override void WriteLine(ReadOnlySpan<char> buffer) => Target.WriteLine(buffer);

    public override void Flush() => Target.Flush();

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
