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
            Console.Error.WriteLine($"stats: {parsed.Errors[0].Message} (see 'stats --help')");
            return BadInput;
        }
        return parsed.Invoke();
    }

    private static Command StageVerb(string name, string description, IReadOnlyList<IStage> stages)
    {
        var input = new Argument<string>("input") { Description = "A report folder holding report.txt (and optional figures.yaml, rules.yaml), or a .txt file." };
        var outDir = new Option<string>("--out") { Description = "The output folder.", DefaultValueFactory = _ => "out" };
        var reference = new Option<string?>("--reference") { Description = "A folder of reference data (units, plausibility bands); defaults to the bundled one." };
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces of unexpected errors." };
        var command = new Command(name, description) { input, outDir, reference, verbose };
        command.SetAction(result => Execute(
            stages,
            result.GetValue(input)!,
            result.GetValue(outDir)!,
            result.GetValue(reference) ?? ProgramFolder.Reference,
            result.GetValue(verbose)));
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
        command.SetAction(result =>
        {
            var last = result.GetValue(until);
            var stages = last is null ? Stages : Stages.Take(Stages.ToList().FindIndex(s => s.Name == last) + 1).ToList();
            return Execute(stages, result.GetValue(input)!, result.GetValue(outDir)!,
                result.GetValue(reference) ?? ProgramFolder.Reference, result.GetValue(verbose), allowCorpus: true);
        });
        return command;
    }

    private static int Execute(IReadOnlyList<IStage> stages, string input, string outDir, string referenceDir, bool verbose, bool allowCorpus = false)
    {
        try
        {
            OutputFolder.Check(outDir);
            if (allowCorpus && Corpus.CorpusSource.IsCorpus(input))
                return Corpus.CorpusRun.Execute(input, stages, Stages, Path.GetFullPath(outDir), referenceDir);
            var context = new StageContext(ReportSource.Resolve(input), Path.GetFullPath(outDir), referenceDir);
            var run = StageSequence.Run(stages, context);
            ManifestRecorder.Record(context, run, Stages);
            return run.ExitCode;
        }
        catch (Exception e)
        {
            return ErrorLine.Report(e, verbose);
        }
    }
}
