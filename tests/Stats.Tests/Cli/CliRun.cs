using Stats.Cli;

namespace Stats.Tests.Cli;

/// <summary>Runs the <c>stats</c> command in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    private static readonly Lock Console_ = new();

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
                var exit = StatsCommand.Build().Run(args);
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
