using System.Xml.Linq;

namespace Stats.Tests.Layout;

/// <summary>The rooms of the house: the program is a thin shell nothing compiles against, and the data cite their own sources.</summary>
public sealed class ProjectLayoutTests
{
    private static IEnumerable<string> ProjectFiles() =>
        Directory.EnumerateFiles(Repository.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Test]
    public void No_project_but_the_program_compiles_against_the_program()
    {
        var offenders = ProjectFiles()
            .Where(p => !p.EndsWith("Stats.Cli.csproj", StringComparison.Ordinal))
            .SelectMany(p => XDocument.Load(p).Descendants("ProjectReference")
                .Where(r => ((string?)r.Attribute("Include") ?? "").EndsWith("Stats.Cli.csproj", StringComparison.Ordinal)
                    && !string.Equals((string?)r.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
                .Select(_ => Path.GetRelativePath(Repository.Root, p)))
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void The_committed_notebook_uses_the_library_not_the_program()
    {
        foreach (var notebook in Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), "*.ipynb"))
            Assert.That(File.ReadAllText(notebook), Does.Not.Contain("Stats.Cli").And.Not.Contain("stats.dll").And.Contain("Stats.Pipeline.dll"), notebook);
    }

    [Test]
    public void Reference_data_cite_primary_sources_and_no_file_outside_the_repository()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "data", "reference"), "*.yaml"))
        {
            var text = File.ReadAllText(file);
            Assert.That(text, Does.Not.Contain("facts.md").And.Not.Contain("/work/").And.Not.Contain("shared/"), Path.GetFileName(file));
        }
    }
}
