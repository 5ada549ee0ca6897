using System.CommandLine;
using Stats.Cli.Provenance;
using Stats.Cli.Stages;

namespace Stats.Cli;

/// <summary><c>stats verify &lt;out&gt;</c>: re-runs a manifest's stages from its recorded inputs and compares every output.</summary>
internal static class VerifyVerb
{
    public const int Drifted = 1;

    public static Command Build(IReadOnlyList<IStage> pipeline)
    {
        var outDir = new Argument<string>("out") { Description = "An output folder holding manifest.json." };
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces of errors." };
        var command = new Command("verify", "Re-run the stages recorded in <out>/manifest.json from its recorded inputs and compare every output's SHA-256, and name any file the manifest does not list (exit 0 identical, 1 drift or unexpected files, 2 bad input).")
        {
            outDir, verbose,
        };
        command.SetAction(result => Execute(pipeline, result.GetValue(outDir)!, result.GetValue(verbose)));
        return command;
    }

    private static int Execute(IReadOnlyList<IStage> pipeline, string outDir, bool verbose)
    {
        try
        {
            var verification = ManifestReplay.Verify(outDir, pipeline);
            foreach (var drift in verification.Drifts) Console.WriteLine($"verify: drift: {drift.Path}: {drift.Problem}");
            foreach (var entry in verification.Unexpected)
                Console.WriteLine($"verify: unexpected: {entry}: {(entry.EndsWith('/') ? "a folder" : "a file")} the manifest does not list and no run leaves");
            var unexpected = verification.Unexpected.Count == 0 ? "" : $"; {verification.Unexpected.Count} unexpected {(verification.Unexpected.Count == 1 ? "entry" : "entries")} in the folder";
            Console.WriteLine(verification.Identical
                ? $"verify: all {verification.Compared} outputs of {verification.ManifestPath} are reproduced byte for byte."
                : $"verify: {verification.Drifts.Select(d => d.Path).Distinct().Count()} of {verification.Compared} outputs drift from {verification.ManifestPath}{unexpected}.");
            return verification.Identical ? StatsCommand.Done : Drifted;
        }
        catch (Exception e)
        {
            return ErrorLine.Report(e, verbose);
        }
    }
}
