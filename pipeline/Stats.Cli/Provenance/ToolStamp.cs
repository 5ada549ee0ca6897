using System.Reflection;
using System.Runtime.InteropServices;

namespace Stats.Cli.Provenance;

/// <summary>
/// What built and ran the outputs: the tool's version, the commit and dirty flag of the repository it was built from
/// (stamped at build time; "unknown" without git), the .NET runtime, and the libraries it depends on.
/// </summary>
internal sealed record ToolStamp(string Version, string Commit, string Dirty, string Runtime, IReadOnlyList<PackageVersion> Packages)
{
    private static readonly Lazy<ToolStamp> Stamp = new(Read);

    /// <summary>The stamp, read once per process: a corpus run records it in every report's manifest.</summary>
    public static ToolStamp Current() => Stamp.Value;

    private static ToolStamp Read()
    {
        var tool = typeof(ToolStamp).Assembly;
        var metadata = tool.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return new ToolStamp(
            VersionOf(tool),
            metadata.GetValueOrDefault("GitCommit") ?? "unknown",
            metadata.GetValueOrDefault("GitDirty") ?? "unknown",
            RuntimeInformation.FrameworkDescription,
            Dependencies(tool));
    }

    /// <summary>
    /// The tool's dependency closure outside the shared framework, read from the assemblies themselves (not from the
    /// project files), so the manifest names what actually ran; the test host's own libraries are not in it.
    /// </summary>
    private static IReadOnlyList<PackageVersion> Dependencies(Assembly tool)
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal) { tool.GetName().Name ?? "" };
        var pending = new Queue<Assembly>([tool]);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is not { } name || !visited.Add(name)) continue;
                if (Load(reference, tool) is not { } loaded) continue;
                if (loaded.Location.Length == 0 || Path.GetDirectoryName(loaded.Location) == frameworkDir) continue;
                if (!name.StartsWith("Stats.", StringComparison.Ordinal)) found[name] = VersionOf(loaded);
                pending.Enqueue(loaded);
            }
        }
        return found.Select(p => new PackageVersion(p.Key, p.Value)).ToList();
    }

    // By name first; else from the tool's own folder, where a host that loaded the tool from there (the tests) does not look
    // by itself. The stamp is read once per process, so it must not depend on which libraries happen to be loaded already.
    private static Assembly? Load(AssemblyName reference, Assembly tool)
    {
        try
        {
            return Assembly.Load(reference);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            var beside = Path.Combine(Path.GetDirectoryName(tool.Location) ?? "", reference.Name + ".dll");
            try
            {
                return tool.Location.Length > 0 && File.Exists(beside) ? Assembly.LoadFrom(beside) : null;
            }
            catch (Exception again) when (again is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                return null;
            }
        }
    }

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";
}
