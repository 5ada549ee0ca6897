namespace Stats.Tests.RealText;

/// <summary>
/// The real report texts of <c>../shared/real/</c> beside the repository (public reports nobody here wrote; their text is
/// never copied into the project). On a clone without that folder the real-text tests are skipped with one clear line.
/// </summary>
public static class RealCorpus
{
    public const string Category = "RealText";

    public static string Folder => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "real"));

    /// <summary>The text of one file of the corpus, or an ignored test when the corpus is not beside the repository.</summary>
    public static string Read(string name)
    {
        RequireFolder();
        return File.ReadAllText(Path.Combine(Folder, name + ".txt"));
    }

    public static void RequireFolder()
    {
        if (!Directory.Exists(Folder))
            Assert.Ignore($"real-text corpus not found at {Folder}: these tests run where ../shared/real/ lies beside the repository (CI has it)");
    }
}
