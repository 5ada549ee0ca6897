using Stats.Pipeline.Checking;
using Stats.Pipeline.Inputs;

namespace Stats.Bench;

/// <summary>The bundled report and its reference data, found from the working folder upwards.</summary>
public static class BundledReport
{
    public static string Root { get; } = FindRoot();

    public static ReportSource Source => ReportSource.Resolve(Path.Combine(Root, "data", "reports", "ejin-horo-town-2023"));

    public static ReferenceData Reference => ReferenceData.Load(Path.Combine(Root, "data", "reference"));

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Stats.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
