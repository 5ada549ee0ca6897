using System.Text;
using Stats.Cli.Output;
using Stats.Cli.Stages;

namespace Stats.Cli.Provenance;

/// <summary>
/// Composes <c>manifest.json</c> after a verb, switched into place with the verb's outputs (<see cref="Staging"/>). Verbs run one
/// at a time into the same folder on the same inputs add up (extract, then check: the manifest lists both, and a stage run
/// again replaces its own earlier outputs); a verb on other inputs starts a new manifest, and the files of the old one go.
/// </summary>
internal static class ManifestRecorder
{
    /// <summary>
    /// Reads the tool stamp (which loads every library to read its version) and builds the manifest's JSON metadata on another
    /// thread while the stages run on this one: both are the same for every run of the process, and cost a short run from
    /// cold tens of milliseconds at its end.
    /// </summary>
    public static void PrepareAhead() => Task.Run(() =>
    {
        ToolStamp.Current();
        RunManifest.PrepareJson();
    });

    /// <summary>Commits the run's staged outputs with their manifest; the previous manifest is read under the folder's lock.</summary>
    public static RunManifest Record(StageContext context, StageSequenceResult run, IReadOnlyList<IStage> pipeline, Staging staging)
    {
        staging.Enter();
        var manifest = Compose(context, run, pipeline);
        staging.Commit(Encoding.UTF8.GetBytes(manifest.ToJson().ReplaceLineEndings("\n")));
        return manifest;
    }

    private static RunManifest Compose(StageContext context, StageSequenceResult run, IReadOnlyList<IStage> pipeline)
    {
        var folder = context.OutDir;
        var source = context.Source;
        var inputs = new List<FileDigest> { FileDigest.OfFile("report", RunManifest.Relative(folder, source.ReportPath), source.ReportPath) };
        if (source.FiguresPath is { } figures) inputs.Add(FileDigest.OfFile("figures", RunManifest.Relative(folder, figures), figures));
        if (source.RulesPath is { } rules) inputs.Add(FileDigest.OfFile("rules", RunManifest.Relative(folder, rules), rules));
        inputs.AddRange(context.ReferenceFilesRead.Select(f => new FileDigest("reference", RunManifest.Relative(folder, f.Path), f.Bytes, f.Sha256)));

        var fresh = new RunManifest(
            RunManifest.CurrentFormat,
            run.StartedAt,
            RunManifest.Relative(folder, source.Input),
            RunManifest.Relative(folder, context.ReferenceDir),
            run.Timings.Select(t => t.Stage).ToList(),
            run.Timings,
            ToolStamp.Current(),
            inputs,
            run.Outputs,
            context.CsvBom,
            context.SeriesPage);
        return Previous(folder) is { } previous && SameInputs(previous, fresh) ? Merge(previous, fresh, pipeline) : fresh;
    }

    private static RunManifest? Previous(string folder)
    {
        var path = Path.Combine(folder, RunManifest.FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return RunManifest.Parse(File.ReadAllText(path), path);
        }
        catch (Stats.Core.Text.InputException)
        {
            return null; // an unreadable earlier manifest is replaced, not an error of this run
        }
    }

    private static bool SameInputs(RunManifest previous, RunManifest fresh) =>
        previous.Source == fresh.Source && previous.Reference == fresh.Reference
        && previous.Inputs.Single(i => i.Role == "report") == fresh.Inputs.Single(i => i.Role == "report");

    private static RunManifest Merge(RunManifest previous, RunManifest fresh, IReadOnlyList<IStage> pipeline)
    {
        int Order(string stage) => pipeline.Select(s => s.Name).ToList().IndexOf(stage);
        var stages = previous.Stages.Union(fresh.Stages).OrderBy(Order).ToList();
        return fresh with
        {
            StartedAt = previous.StartedAt < fresh.StartedAt ? previous.StartedAt : fresh.StartedAt,
            Stages = stages,
            Timings = previous.Timings.Where(t => !fresh.Stages.Contains(t.Stage)).Concat(fresh.Timings).OrderBy(t => Order(t.Stage)).ToList(),
            Inputs = previous.Inputs.Where(p => !fresh.Inputs.Any(f => f.Role == p.Role && f.Path == p.Path)).Concat(fresh.Inputs)
                .OrderBy(i => i.Role == "report" ? 0 : i.Role == "figures" ? 1 : i.Role == "rules" ? 2 : 3).ThenBy(i => i.Path, StringComparer.Ordinal).ToList(),
            Outputs = previous.Outputs.Where(p => !fresh.Stages.Contains(p.Role) && !fresh.Outputs.Any(f => f.Path == p.Path)).Concat(fresh.Outputs)
                .OrderBy(o => Order(o.Role)).ThenBy(o => o.Path, StringComparer.Ordinal).ToList(),
        };
    }
}
