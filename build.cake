// The pipeline's build: `dotnet cake` builds, tests, and runs every stage on the bundled report into out/.

//////////////////////////////////////////////////////////////////////
// ARGUMENTS
//////////////////////////////////////////////////////////////////////

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var report = Argument("report", "data/reports/ejin-horo-town-2023");
var outDir = Argument("out", "out");

//////////////////////////////////////////////////////////////////////
// SETUP
//////////////////////////////////////////////////////////////////////

Setup<BuildData>(context => new BuildData(
    configuration,
    MakeAbsolute(File("Stats.sln")),
    MakeAbsolute(Directory(report)),
    MakeAbsolute(Directory(outDir)),
    MakeAbsolute(Directory("TestResults"))));

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

Task("Default")
    .Description("Builds, tests, and runs the whole pipeline on the bundled report.")
    .IsDependentOn("Test")
    .IsDependentOn("Pipeline");

//////////////////////////////////////////////////////////////////////
// EXECUTION
//////////////////////////////////////////////////////////////////////

RunTarget(target);

//////////////////////////////////////////////////////////////////////
// TYPES AND FUNCTIONS
//////////////////////////////////////////////////////////////////////

public sealed record BuildData(string Configuration, FilePath Solution, DirectoryPath Report, DirectoryPath Out, DirectoryPath TestResults)
{
    public FilePath Cli => Solution.GetDirectory().CombineWithFilePath($"pipeline/Stats.Cli/bin/{Configuration}/net10.0/stats.dll");
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
