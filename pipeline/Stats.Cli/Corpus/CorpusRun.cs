using Spectre.Console;
using Stats.Cli.Output;
using Stats.Cli.Provenance;
using Stats.Cli.Stages;
using Stats.Core.Tables;
using Stats.Pipeline.Inputs;
using Stats.Pipeline.Tables;

namespace Stats.Cli.Corpus;

/// <summary>
/// 'stats run' on a folder of many reports: each report through the stages into its own folder under --out, in parallel up
/// to the number of cores, then corpus.csv and index.html. A broken report is recorded and skipped; the others go on.
/// Memory stays bounded: a report's data is dropped once its row is taken.
/// </summary>
internal static class CorpusRun
{
    public static int Execute(string folder, IReadOnlyList<IStage> stages, IReadOnlyList<IStage> pipeline, string outDir, string referenceDir, bool csvBom = false)
    {
        var reference = ReferenceData.Load(referenceDir);
        var referenceFiles = InputProtection.ReferenceFiles(referenceDir);
        var reports = CorpusSource.Reports(folder).ToList();
        if (reports.Count == 0)
            throw new Stats.Core.Text.InputException(folder, "the folder holds no report: give report folders (holding report.txt) or .txt files.");
        // One lock over the corpus folder covers every report's folder inside it.
        using var hold = OutputLock.Take(outDir);
        Staging.Recover(outDir);
        var rows = new CorpusRow[reports.Count];
        var seriesPages = Series.SeriesRun.PagesOf(folder, reports);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        void RunAll(Action<CorpusRow> done) =>
            Parallel.For(0, reports.Count, options, i =>
            {
                rows[i] = RunOne(reports[i].OutputName, reports[i].Input, stages, pipeline, outDir, referenceDir, reference, referenceFiles, csvBom, seriesPages.GetValueOrDefault(reports[i].OutputName));
                done(rows[i]);
            });

        if (Console.IsOutputRedirected)
        {
            var finished = 0;
            RunAll(row => Console.WriteLine($"[{Interlocked.Increment(ref finished)}/{reports.Count}] {row.Report}: {row.Status}"));
        }
        else
        {
            AnsiConsole.Progress().Start(progress =>
            {
                var task = progress.AddTask("checking reports", maxValue: reports.Count);
                RunAll(_ => task.Increment(1));
            });
        }

        var output = new StageOutput { CsvBom = csvBom };
        output.Add("corpus.csv", CorpusRow.ToCsv(rows));
        var processedReports = rows.Where(r => r.Status != "error").Select(r => r.Report).ToHashSet(StringComparer.Ordinal);
        var series = Series.SeriesRun.Add(output, folder, reports, processedReports, outDir, Console.Out, drawn: stages.Any(s => s.Name == "report"));
        output.AddText("index.html", CorpusIndex.Html(rows, series.Pages));
        output.Commit(outDir);
        Console.WriteLine($"corpus: {rows.Length} reports, {rows.Count(r => r.Status == "ok")} ok, {rows.Count(r => r.Status == "checks_failed")} with failed checks, {rows.Count(r => r.Status == "error")} not processed; see {Path.Combine(outDir, "index.html")}");
        var processed = rows.Where(r => r.Status != "error").ToList();
        return processed.Count == 0 ? StatsCommand.BadInput : Math.Max(processed.Max(r => r.Exit), series.Failed ? 1 : 0);
    }

    private static CorpusRow RunOne(string name, string input, IReadOnlyList<IStage> stages, IReadOnlyList<IStage> pipeline, string outDir, string referenceDir, ReferenceData reference, IReadOnlyList<string> referenceFiles, bool csvBom, string? seriesPage)
    {
        try
        {
            var context = new StageContext(ReportSource.Resolve(input), Path.Combine(outDir, name), referenceDir) { ReferenceData = reference, ReferenceFolderFiles = referenceFiles, Log = TextWriter.Null, CsvBom = csvBom, SeriesPage = seriesPage };
            // A report's folder the corpus run creates is switched into place in one rename (the corpus lock holds its parent).
            using var staging = new Staging(context.OutDir, holdLock: false, intoNewFolder: true);
            var run = StageSequence.Run(stages, context, staging);
            ManifestRecorder.Record(context, run, pipeline, staging);
            // The row counts what this run's stages held in memory (the tables round-trip); only what an earlier run left is read back.
            var findingsPath = Path.Combine(context.OutDir, "findings.csv");
            var findings = context.CheckedFindings
                ?? (File.Exists(findingsPath) ? FindingTable.FromDataFrame(CsvFile.Load(findingsPath, FindingTable.Schema)) : []);
            var mentionsPath = Path.Combine(context.OutDir, "mentions.csv");
            var figures = run.Timings.Any(t => t.Stage == "extract") ? context.Extracted.Count(m => m.IsFigure)
                : File.Exists(mentionsPath) ? MentionTable.FromDataFrame(CsvFile.Load(mentionsPath, MentionTable.Schema)).Count(m => m.IsFigure) : 0;
            return CorpusRow.Of(name, run.ExitCode, figures, findings, File.Exists(Path.Combine(context.OutDir, "report.html")));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return CorpusRow.Broken(name, StatsCommand.BadInput, ErrorLine.Describe(e));
        }
    }
}
