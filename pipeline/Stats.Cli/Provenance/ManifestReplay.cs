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
            var context = new StageContext(source, scratch, RunManifest.Resolve(folder, manifest.Reference)) { Log = TextWriter.Null };
            var rerun = StageSequence.Run(stages, context);
            return new Verification(manifestPath, manifest.Outputs.Count, Compare(folder, manifest.Outputs, rerun.Outputs));
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
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
