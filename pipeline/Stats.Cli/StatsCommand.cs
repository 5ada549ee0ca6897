using System.CommandLine;
using System.Globalization;
using Stats.Cli.Output;
using Stats.Cli.Provenance;
using Stats.Cli.Stages;
using Stats.Pipeline.Inputs;

namespace Stats.Cli;

/// <summary>The <c>stats</c> command line: one verb per stage, and <c>run</c> to chain them.</summary>
internal sealed class StatsCommand
{
    public const int Done = 0;
    public const int BadInput = 2;

    private static readonly IReadOnlyList<IStage> Stages = [new ExtractStage(), new CheckStage(), new DiagnoseStage(), new ReportStage(), new NotebookStage()];

    private readonly RootCommand root;

    private StatsCommand(RootCommand root) => this.root = root;

    public static StatsCommand Build()
    {
        var root = new RootCommand("stats: extract, check, diagnose and report on the figures of a Chinese government work report (政府工作报告).");
        foreach (var stage in Stages) root.Subcommands.Add(StageVerb(stage.Name, stage.Description, [stage]));
        root.Subcommands.Add(RunVerb());
        root.Subcommands.Add(VerifyVerb.Build(Stages));
        return new StatsCommand(root);
    }

    public int Run(string[] args)
    {
        // Outputs never depend on the machine's culture; this makes any stray formatting invariant too.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Every error on a line of its own, an unknown word with the verb or option it most likely meant.
            var command = parsed.CommandResult.Command;
            var known = command.Subcommands.Select(c => c.Name).Concat(command.Options.Select(o => o.Name)).ToList();
            foreach (var error in parsed.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
                Console.Error.WriteLine($"stats: {error}{Suggestion(error, parsed.UnmatchedTokens, known)} (see 'stats --help')");
            return BadInput;
        }
        return parsed.Invoke();
    }

    /// <summary>" Did you mean 'extract'?" when an unmatched word the error names is within two edits of a known verb or option.</summary>
    private static string Suggestion(string error, IReadOnlyList<string> unmatched, IReadOnlyList<string> known)
    {
        var word = unmatched.FirstOrDefault(t => error.Contains($"'{t}'", StringComparison.Ordinal));
        if (word is null) return "";
        var best = known.Select(k => (Name: k, Distance: EditDistance(word, k))).Where(x => x.Distance <= 2).OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is null ? "" : $" Did you mean '{best.Name}'?";
    }

    // Levenshtein distance over two short words (verb and option names): one row at a time.
    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static Command StageVerb(string name, string description, IReadOnlyList<IStage> stages)
    {
        var input = new Argument<string>("input") { Description = "A report folder holding report.txt (and optional figures.yaml, rules.yaml), or a .txt file." };
        var outDir = new Option<string>("--out") { Description = "The output folder.", DefaultValueFactory = _ => "out" };
        var reference = new Option<string?>("--reference") { Description = "A folder of reference data (units, plausibility bands); defaults to the bundled one." };
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces of unexpected errors." };
        var bom = new Option<bool>("--csv-bom") { Description = "Write CSV files with a UTF-8 byte order mark, for spreadsheets on Chinese Windows (the default is without)." };
        var command = new Command(name, description) { input, outDir, reference, verbose, bom };
        command.SetAction(result => Execute(
            stages,
            result.GetValue(input)!,
            result.GetValue(outDir)!,
            result.GetValue(reference) ?? ProgramFolder.Reference,
            result.GetValue(verbose),
            csvBom: result.GetValue(bom)));
        return command;
    }

    /// <summary>'run': every stage in order (or up to --until), on one report or on a folder of many (corpus mode).</summary>
    private static Command RunVerb()
    {
        var until = new Option<string?>("--until") { Description = "Stop after this stage (" + string.Join(", ", Stages.Select(s => s.Name)) + "); a corpus usually wants 'check'." };
        until.AcceptOnlyFromAmong([.. Stages.Select(s => s.Name)]);
        var command = StageVerb("run",
            "Run every stage in order: " + string.Join(", ", Stages.Select(s => s.Name)) + ". On a folder of reports (report folders or .txt files), run each in parallel into its own folder and write corpus.csv and index.html.",
            Stages);
        command.Options.Add(until);
        var input = (Argument<string>)command.Arguments[0];
        var outDir = (Option<string>)command.Options.First(o => o.Name == "--out");
        var reference = (Option<string?>)command.Options.First(o => o.Name == "--reference");
        var verbose = (Option<bool>)command.Options.First(o => o.Name == "--verbose");
        var bom = (Option<bool>)command.Options.First(o => o.Name == "--csv-bom");
        command.SetAction(result =>
        {
            var last = result.GetValue(until);
            var stages = last is null ? Stages : Stages.Take(Stages.ToList().FindIndex(s => s.Name == last) + 1).ToList();
            return Execute(stages, result.GetValue(input)!, result.GetValue(outDir)!,
                result.GetValue(reference) ?? ProgramFolder.Reference, result.GetValue(verbose), allowCorpus: true, csvBom: result.GetValue(bom));
        });
        return command;
    }

    private static int Execute(IReadOnlyList<IStage> stages, string input, string outDir, string referenceDir, bool verbose, bool allowCorpus = false, bool csvBom = false)
    {
        try
        {
            OutputFolder.Check(outDir);
            if (allowCorpus && Corpus.CorpusSource.IsCorpus(input))
                return Corpus.CorpusRun.Execute(input, stages, Stages, Path.GetFullPath(outDir), referenceDir, csvBom);
            var context = new StageContext(ReportSource.Resolve(input), Path.GetFullPath(outDir), referenceDir) { CsvBom = csvBom };
            using var staging = new Staging(context.OutDir, holdLock: true);
            ManifestRecorder.PrepareAhead();
            var run = StageSequence.Run(stages, context, staging);
            ManifestRecorder.Record(context, run, Stages, staging);
            context.Log.WriteLine(RunEnding.Describe(run, outDir));
            return run.ExitCode;
        }
        catch (Exception e)
        {
            return ErrorLine.Report(e, verbose);
        }
    }
}
