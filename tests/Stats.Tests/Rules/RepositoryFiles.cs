namespace Stats.Tests.Rules;

/// <summary>Reads files of the repository (data/…) from the tests, which may do I/O unlike Stats.Core.</summary>
public static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Stats.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new DirectoryNotFoundException("Stats.sln not found above the test directory.");
        }
    }

    /// <summary>The text of a repository file given by its path relative to the root, with '/' separators.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}
