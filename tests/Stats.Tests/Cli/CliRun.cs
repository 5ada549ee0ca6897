using System.Reflection;

namespace Stats.Tests.Cli;

/// <summary>
/// Runs the <c>stats</c> program in-process through its entry point, as its command line does, and captures what it prints.
/// The tests never compile against the program; they load its built assembly and pass it arguments.
/// </summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    private static readonly Lock Console_ = new();

    private static readonly Lazy<MethodInfo> EntryPoint = new(() =>
        Assembly.LoadFrom(Program.Dll).EntryPoint ?? throw new InvalidOperationException($"{Program.Dll} has no entry point"));

    /// <summary>
    /// Runs <paramref name="action"/> with the console to itself: a property check (FsCheck) writes to the console, which a
    /// command line run by another fixture may have replaced with a writer it is about to close.
    /// </summary>
    public static void HoldingTheConsole(Action action)
    {
        lock (Console_) action();
    }

    public static CliRun Of(params string[] args)
    {
        lock (Console_)
        {
            var (stdout, stderr) = (Console.Out, Console.Error);
            using var o = new StringWriter();
            using var e = new StringWriter();
            Console.SetOut(o);
            Console.SetError(e);
            try
            {
                var exit = (int)EntryPoint.Value.Invoke(null, [args])!;
                return new CliRun(exit, o.ToString(), e.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
            }
        }
    }
}
