using System.Diagnostics;

namespace Stats.Tests.Cli.Provenance;

/// <summary>Runs the built stats.dll as a separate process, with its own working directory and environment (culture, locale).</summary>
public sealed record ChildProcessCli(int ExitCode, string Stdout, string Stderr)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Dll => Stats.Tests.Cli.Program.Dll;

    public static ChildProcessCli Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"stats did not finish within {Timeout.TotalMinutes} minutes");
        }
        process.WaitForExit();
        return new ChildProcessCli(process.ExitCode, stdout.Result, stderr.Result);
    }
}
