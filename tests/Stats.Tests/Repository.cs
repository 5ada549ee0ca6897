namespace Stats.Tests;

/// <summary>The repository the tests run in, found from the test folder: its data files may be read, unlike in Stats.Core.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The bundled report's folder, data/reports/ejin-horo-town-2023.</summary>
    public static string BundledReport => Path.Combine(Root, "data", "reports", "ejin-horo-town-2023");

    /// <summary>The text of a repository file given by its path relative to the root, with '/' separators.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Stats.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Stats.sln not found above the test folder.");
    }
}
