using System.Reflection;

namespace Stats.Tests.Cli;

/// <summary>Where the built <c>stats</c> program lies: the program project's own output folder, of the tests' configuration.</summary>
public static class Program
{
    public static string Folder { get; } = Path.Combine(Repository.Root, typeof(Program).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "StatsCliFolder").Value!);

    public static string Dll => Path.Combine(Folder, "stats.dll");
}
