using System.Reflection;

namespace Stats.Tests.Cli;

/// <summary>
/// Runs the <c>stats</c> program in-process through its entry point, as its command line does, and captures what it prints.
/// The tests never compile against the program; they load its built assembly and pass it arguments. Runs on several threads
/// at once each capture their own output (<see cref="ConsoleSwitch"/>).
/// </summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    private static readonly Lazy<MethodInfo> EntryPoint = new(() =>
        Assembly.LoadFrom(Program.Dll).EntryPoint ?? throw new InvalidOperationException($"{Program.Dll} has no entry point"));

    public static CliRun Of(params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        using (ConsoleSwitch.Capture(o, e))
        {
            var exit = (int)EntryPoint.Value.Invoke(null, [args])!;
            return new CliRun(exit, o.ToString(), e.ToString());
        }
    }
}
