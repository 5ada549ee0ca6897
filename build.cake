// The pipeline's build: `dotnet cake` builds, tests, and runs every stage on the bundled report into out/.

//////////////////////////////////////////////////////////////////////
// ARGUMENTS
//////////////////////////////////////////////////////////////////////

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var report = Argument("report", "data/reports/ejin-horo-town-2023");
var outDir = Argument("out", "out");
var notebooks = Argument("notebooks", "notebooks");

//////////////////////////////////////////////////////////////////////
// SETUP
//////////////////////////////////////////////////////////////////////

Setup<BuildData>(context => new BuildData(
    configuration,
    MakeAbsolute(File("Stats.sln")),
    MakeAbsolute(Directory(report)),
    MakeAbsolute(Directory(outDir)),
    MakeAbsolute(Directory("TestResults")),
    MakeAbsolute(Directory(notebooks))));

//////////////////////////////////////////////////////////////////////
// TASKS
//////////////////////////////////////////////////////////////////////

Task("Clean")
    .Description("Deletes build outputs, test results and the pipeline's out/ folder.")
    .Does<BuildData>(data =>
{
    CleanDirectory(data.Out);
    CleanDirectory(data.TestResults);
    DotNetClean(data.Solution.FullPath, new DotNetCleanSettings { Configuration = data.Configuration });
});

Task("Build")
    .Description("Builds the solution (warnings are errors).")
    .Does<BuildData>(data =>
{
    DotNetBuild(data.Solution.FullPath, new DotNetBuildSettings { Configuration = data.Configuration });
});

Task("Test")
    .Description("Runs the NUnit tests and writes TestResults/tests.trx.")
    .IsDependentOn("Build")
    .Does<BuildData>(data =>
{
    CleanDirectory(data.TestResults);
    DotNetTest(data.Solution.FullPath, new DotNetTestSettings
    {
        Configuration = data.Configuration,
        NoBuild = true,
        ResultsDirectory = data.TestResults,
        Loggers = { "trx;LogFileName=tests.trx", "console;verbosity=minimal" },
    });
});

Task("FastTest")
    .Description("The inner loop: the tests without the categories Slow (kill-and-recover runs), Browser (Chromium) and RealText (the 30 real reports).")
    .IsDependentOn("Build")
    .Does<BuildData>(data =>
{
    DotNetTest(data.Solution.FullPath, new DotNetTestSettings
    {
        Configuration = data.Configuration,
        NoBuild = true,
        Filter = "TestCategory!=Slow&TestCategory!=Browser&TestCategory!=RealText",
        Loggers = { "console;verbosity=minimal" },
    });
});

Task("Extract")
    .Description("Stage 1: extracts every figure of the report into out/mentions.csv.")
    .IsDependentOn("Build")
    .Does<BuildData>(data => RunStage(data, "extract"));

Task("Check")
    .Description("Stage 2: checks the figures against each other and the references into out/findings.csv.")
    .IsDependentOn("Extract")
    .Does<BuildData>(data => RunStage(data, "check"));

Task("Diagnose")
    .Description("Stage 3: ranks the likely errors behind each failed check into out/hypotheses.csv.")
    .IsDependentOn("Check")
    .Does<BuildData>(data => RunStage(data, "diagnose"));

Task("Report")
    .Description("Stage 4: writes tables, plots, report.html and summary.md into out/.")
    .IsDependentOn("Diagnose")
    .Does<BuildData>(data => RunStage(data, "report"));

Task("Pipeline")
    .Description("Runs every stage on the report into out/ ('stats run'); failed checks are the product working, not a broken build.")
    .IsDependentOn("Build")
    .Does<BuildData>(data => RunStage(data, "run"));

Task("Notebook")
    .Description("Stage 5: writes out/notebook.ipynb and refreshes the committed copy in notebooks/<report>.ipynb (commit it).")
    .IsDependentOn("Pipeline")
    .Does<BuildData>(data =>
{
    RunStage(data, "notebook");
    EnsureDirectoryExists(data.Notebooks);
    CopyFile(data.GeneratedNotebook, data.CommittedNotebook);
    Information($"Copied {data.GeneratedNotebook} to {data.CommittedNotebook}.");
});

Task("NotebookDrift")
    .Description("Regenerates the notebook and fails when its bytes differ from the committed copy in notebooks/ (run the Notebook task and commit).")
    .IsDependentOn("Pipeline")
    .Does<BuildData>(data =>
{
    RunStage(data, "notebook");
    if (!FileExists(data.CommittedNotebook))
        throw new CakeException($"{data.CommittedNotebook} is missing: run 'dotnet cake --target=Notebook' and commit it.");
    var generated = System.IO.File.ReadAllBytes(data.GeneratedNotebook.FullPath);
    var committed = System.IO.File.ReadAllBytes(data.CommittedNotebook.FullPath);
    if (!generated.AsSpan().SequenceEqual(committed))
        throw new CakeException($"{data.CommittedNotebook} differs from the regenerated {data.GeneratedNotebook}: run 'dotnet cake --target=Notebook' and commit it.");
    Information($"{data.CommittedNotebook} matches the regenerated notebook byte for byte.");
});

Task("NotebookRun")
    .Description("Runs out/notebook.ipynb headlessly with dotnet-repl (its last cell fails when it does not reproduce findings.csv); writes TestResults/notebook.run.ipynb.")
    .IsDependentOn("Pipeline")
    .Does<BuildData>(data =>
{
    RunStage(data, "notebook");
    EnsureDirectoryExists(data.TestResults);
    var executed = data.TestResults.CombineWithFilePath("notebook.run.ipynb");
    var watch = System.Diagnostics.Stopwatch.StartNew();
    // From the notebook's folder: its #r and file paths are relative to it, as under Jupyter. The folder must lie inside the
    // repository so that 'dotnet tool run' finds the local dotnet-repl through .config/dotnet-tools.json.
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        WorkingDirectory = data.Out,
        Arguments = new ProcessArgumentBuilder()
            .Append("tool").Append("run").Append("dotnet-repl").Append("--")
            .Append("--run").AppendQuoted(data.GeneratedNotebook.FullPath)
            .Append("--output-path").AppendQuoted(executed.FullPath)
            .Append("--exit-after-run"),
    });
    Information($"dotnet-repl ran the notebook in {watch.Elapsed.TotalSeconds:0.0} s (exit {exit}); outputs in {executed}.");
    if (exit != 0) throw new CakeException($"The notebook failed headlessly (dotnet-repl exit {exit}; 2 means a cell failed): see {executed}.");
});

Task("Notebooks")
    .Description("Checks the committed notebook for drift, then runs it headlessly (what CI runs after the tests).")
    .IsDependentOn("NotebookDrift")
    .IsDependentOn("NotebookRun");

Task("Pack")
    .Description("Packs the program as a .NET tool (package GovReport.FigureCheck, command stats) into artifacts/.")
    .Does<BuildData>(data =>
{
    DotNetPack(data.Solution.GetDirectory().CombineWithFilePath("pipeline/Stats.Cli/Stats.Cli.csproj").FullPath, new DotNetPackSettings
    {
        Configuration = data.Configuration,
        OutputDirectory = data.Artifacts,
    });
});

Task("ToolRun")
    .Description("Installs the packed tool into a temporary tool path and runs 'stats run' on the bundled report from outside the repository.")
    .IsDependentOn("Pack")
    .Does<BuildData>(data =>
{
    var scratch = System.IO.Directory.CreateTempSubdirectory("stats-tool-").FullName;
    var toolPath = System.IO.Path.Combine(scratch, "tools");
    var version = System.Xml.Linq.XDocument.Load(data.Solution.GetDirectory().CombineWithFilePath("Directory.Build.props").FullPath)
        .Descendants("Version").Single().Value;
    var install = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("tool").Append("install").Append("GovReport.FigureCheck")
            .Append("--tool-path").AppendQuoted(toolPath).Append("--add-source").AppendQuoted(data.Artifacts.FullPath)
            .Append("--version").Append(version),
        // A package cache of its own, so that a package of the same version installed before is never taken for this build.
        EnvironmentVariables = new Dictionary<string, string> { ["NUGET_PACKAGES"] = System.IO.Path.Combine(scratch, "packages") },
    });
    if (install != 0) throw new CakeException($"dotnet tool install exited with {install}.");
    var report = System.IO.Path.Combine(scratch, "report.txt");
    System.IO.File.Copy(data.Report.CombineWithFilePath("report.txt").FullPath, report);
    var exit = StartProcess(System.IO.Path.Combine(toolPath, "stats"), new ProcessSettings
    {
        WorkingDirectory = scratch,
        Arguments = new ProcessArgumentBuilder().Append("run").AppendQuoted(report).Append("--out").Append("out"),
    });
    // 1 is the tool working (error-severity checks failed on the bundled report); anything else is a broken install.
    if (exit is not (0 or 1)) throw new CakeException($"the installed stats exited with {exit}.");
    foreach (var file in new[] { "report.html", "findings.csv", "notebook.ipynb", "reference/units.yaml" })
        if (!System.IO.File.Exists(System.IO.Path.Combine(scratch, "out", file))) throw new CakeException($"the installed stats wrote no {file}.");
    Information($"The installed tool ran from {scratch} (exit {exit}) and wrote its outputs.");
    System.IO.Directory.Delete(scratch, recursive: true);
});

Task("Default")
    .Description("Builds, tests, runs the whole pipeline on the bundled report, and checks and runs its notebook (Notebook refreshes the committed copy: it is not in Default, where it would hide drift).")
    .IsDependentOn("Test")
    .IsDependentOn("Pipeline")
    .IsDependentOn("Notebooks");

//////////////////////////////////////////////////////////////////////
// EXECUTION
//////////////////////////////////////////////////////////////////////

RunTarget(target);

//////////////////////////////////////////////////////////////////////
// TYPES AND FUNCTIONS
//////////////////////////////////////////////////////////////////////

public sealed record BuildData(string Configuration, FilePath Solution, DirectoryPath Report, DirectoryPath Out, DirectoryPath TestResults, DirectoryPath Notebooks)
{
    public FilePath Cli => Solution.GetDirectory().CombineWithFilePath($"pipeline/Stats.Cli/bin/{Configuration}/net10.0/stats.dll");

    public FilePath GeneratedNotebook => Out.CombineWithFilePath("notebook.ipynb");

    /// <summary>Where Pack puts the tool package.</summary>
    public DirectoryPath Artifacts => Solution.GetDirectory().Combine("artifacts");

    /// <summary>The committed copy, named after the report: byte for byte out/notebook.ipynb, kept for reading and for the drift check.</summary>
    public FilePath CommittedNotebook => Notebooks.CombineWithFilePath(Report.GetDirectoryName() + ".ipynb");
}

// Exit code 1 means error-severity checks failed: recorded, but the build goes on. Exit code 2 (bad input, crash) fails it.
void RunStage(BuildData data, string verb)
{
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder()
            .AppendQuoted(data.Cli.FullPath)
            .Append(verb)
            .AppendQuoted(data.Report.FullPath)
            .Append("--out")
            .AppendQuoted(data.Out.FullPath),
    });
    if (exit == 1) Warning($"stats {verb}: error-severity checks failed on {data.Report}; see {data.Out}.");
    else if (exit != 0) throw new CakeException($"stats {verb} exited with {exit}.");
}
