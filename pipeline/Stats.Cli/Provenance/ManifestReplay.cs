using Stats.Cli.Output;
using Stats.Cli.Stages;
using Stats.Core.Text;
using Stats.Pipeline.Inputs;

namespace Stats.Cli.Provenance;

/// <summary>
/// Re-runs the stages a manifest lists, from the inputs it recorded (resolved against the manifest's folder), into a
/// temporary folder, and compares every output's SHA-256 with the manifest and with the files left in the output folder.
/// Inputs that are missing or whose SHA-256 changed are bad input: the run could no longer be reproduced from them.
/// </summary>
internal static class ManifestReplay
{
    public static Verification Verify(string outDir, IReadOnlyList<IStage> pipeline)
    {
        var folder = Path.GetFullPath(outDir);
        using var hold = HoldAndRecover(folder);
        var manifestPath = Path.Combine(folder, RunManifest.FileName);
        if (!File.Exists(manifestPath))
            throw new InputException(manifestPath, "no run manifest here; run 'stats run <report> --out <folder>' first, then verify that folder.");
        var manifest = RunManifest.Parse(File.ReadAllText(manifestPath), manifestPath);
        foreach (var input in manifest.Inputs) CheckUnchanged(folder, input);
        var stages = manifest.Stages.Select(name => pipeline.FirstOrDefault(s => s.Name == name)
            ?? throw new InputException(manifestPath, $"the manifest lists an unknown stage '{name}'; re-create it with this version of 'stats run'.")).ToList();

        var scratch = Path.Combine(Path.GetTempPath(), "stats-verify-" + Guid.NewGuid().ToString("N"));
        try
        {
            var source = ReportSource.Resolve(RunManifest.Resolve(folder, manifest.Source));
            // The stages' summaries belong to the original run, not to the comparison.
            var context = new StageContext(source, scratch, RunManifest.Resolve(folder, manifest.Reference)) { Log = TextWriter.Null, CsvBom = manifest.CsvBom, SeriesPage = manifest.SeriesPage };
            using var staging = new Staging(scratch, holdLock: false);
            var rerun = StageSequence.Run(stages, context, staging);
            return new Verification(manifestPath, manifest.Outputs.Count, Compare(folder, manifest.Outputs, rerun.Outputs), Unexpected(folder, manifest.Outputs));
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    // The folder's lock, held while comparing so that no run switches files underneath, and a switch a stopped run left
    // finished or undone first, so that what is judged is a whole run. A folder that cannot be written (a read-only copy of a
    // run) is judged as it lies: nothing can be half-switched in it that this process could mend.
    private static OutputLock? HoldAndRecover(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        OutputLock hold;
        try
        {
            hold = OutputLock.Take(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return null;
        }
        try
        {
            Staging.Recover(folder);
            return hold;
        }
        catch
        {
            hold.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Every file or folder of the output folder that the manifest does not list and no run leaves (its lock), in ordinal
    /// order, '/'-separated; a folder holding nothing the manifest lists is named once, with a trailing '/'.
    /// </summary>
    private static List<string> Unexpected(string folder, IReadOnlyList<FileDigest> outputs)
    {
        var expected = outputs.Select(o => o.Path).Append(RunManifest.FileName).Append(OutputLock.FileName).ToHashSet(StringComparer.Ordinal);
        var parents = expected.SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        void Walk(string directory, string prefix)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal))
            {
                var relative = prefix + Path.GetFileName(entry);
                if (Directory.Exists(entry) && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint) && parents.Contains(relative)) Walk(entry, relative + "/");
                else if (Directory.Exists(entry)) found.Add(relative + "/");
                else if (!expected.Contains(relative)) found.Add(relative);
            }
        }
        Walk(folder, "");
        return found;
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1)) yield return path[..slash];
    }

    private static void CheckUnchanged(string folder, FileDigest input)
    {
        var path = RunManifest.Resolve(folder, input.Path);
        if (!File.Exists(path))
            throw new InputException(path, $"the {input.Role} input recorded in the manifest is missing; restore it, or run 'stats run' again to record new inputs.");
        var now = FileDigest.OfFile(input.Role, input.Path, path);
        if (now.Sha256 != input.Sha256)
            throw new InputException(path, $"the {input.Role} input changed since the run (SHA-256 {input.Sha256[..12]}… recorded, {now.Sha256[..12]}… now); restore it, or run 'stats run' again to record it.");
    }

    private static List<Drift> Compare(string folder, IReadOnlyList<FileDigest> recorded, IReadOnlyList<FileDigest> rerun)
    {
        var drifts = new List<Drift>();
        var produced = rerun.ToDictionary(o => o.Path, StringComparer.Ordinal);
        foreach (var output in recorded)
        {
            if (!produced.TryGetValue(output.Path, out var again))
                drifts.Add(new Drift(output.Path, "the re-run no longer writes it"));
            else if (again.Sha256 != output.Sha256)
                drifts.Add(new Drift(output.Path, $"the re-run gives SHA-256 {again.Sha256[..12]}…, the manifest recorded {output.Sha256[..12]}…"));

            var onDisk = RunManifest.Resolve(folder, output.Path);
            if (!File.Exists(onDisk))
                drifts.Add(new Drift(output.Path, "missing from the output folder"));
            else if (FileDigest.OfFile(output.Role, output.Path, onDisk).Sha256 != output.Sha256)
                drifts.Add(new Drift(output.Path, "the file in the output folder was changed after the run"));
        }
        var listed = recorded.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        drifts.AddRange(rerun.Where(o => !listed.Contains(o.Path)).Select(o => new Drift(o.Path, "the re-run writes it, but the manifest does not list it")));
        return drifts;
    }
}
