using System.Text;
using Stats.Pipeline.Tables;

namespace Stats.Cli.Output;

/// <summary>
/// The files one stage produces, held until the stage has succeeded, then written into the run's staging folder
/// (<see cref="Staging"/>): a failing stage leaves the previous outputs intact and nothing half-written.
/// </summary>
internal sealed class StageOutput
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    /// <summary>Every file by its path relative to the output folder ('/'-separated), in ordinal order.</summary>
    public IReadOnlyDictionary<string, byte[]> Contents => files;

    /// <summary>Whether CSV files get a UTF-8 byte order mark (--csv-bom, for spreadsheets on Chinese Windows).</summary>
    public bool CsvBom { get; init; }

    public void Add(string relativePath, byte[] content) =>
        files[OutputPath.Checked(relativePath)] = CsvBom && relativePath.EndsWith(".csv", StringComparison.Ordinal) ? CsvFile.WithBom(content) : content;

    /// <summary>Adds text as UTF-8 without BOM with LF line endings.</summary>
    public void AddText(string relativePath, string content) =>
        Add(relativePath, Utf8.GetBytes(content.ReplaceLineEndings("\n")));

    /// <summary>
    /// Writes every file under <paramref name="outDir"/> through a staging folder beside it; none is written when one
    /// would replace a file of <paramref name="inputs"/> (full paths). For files outside a run's own staging (the corpus pages).
    /// </summary>
    public void Commit(string outDir, IReadOnlySet<string>? inputs = null)
    {
        CheckInputs(outDir, inputs);
        Directory.CreateDirectory(outDir);
        var staging = Path.Combine(outDir, $"{Staging.Prefix}{Guid.NewGuid():N}");
        try
        {
            WriteInto(staging);
            foreach (var relative in files.Keys)
            {
                var target = Path.Combine(outDir, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(staging, relative), target, overwrite: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Throws when a file, once in <paramref name="outDir"/>, would replace one of <paramref name="inputs"/> (full paths).</summary>
    public void CheckInputs(string outDir, IReadOnlySet<string>? inputs)
    {
        if (inputs is null) return;
        foreach (var relative in files.Keys)
            if (inputs.Contains(Path.GetFullPath(Path.Combine(outDir, relative))))
                throw InputProtection.Clash(Path.GetFullPath(Path.Combine(outDir, relative)), outDir);
    }

    /// <summary>Writes every file under <paramref name="folder"/>, at its relative path.</summary>
    public void WriteInto(string folder)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relative, content) in files)
        {
            var path = Path.Combine(folder, relative);
            var directory = Path.GetDirectoryName(path)!;
            if (created.Add(directory)) Directory.CreateDirectory(directory);
            File.WriteAllBytes(path, content);
        }
    }
}
