using Microsoft.Data.Analysis;
using Stats.Core.Extraction;
using Stats.Core.Tables;
using Stats.Core.Text;
using Stats.Pipeline.Checking;
using Stats.Pipeline.Inputs;
using Stats.Pipeline.Tables;

namespace Stats.Cli.Stages;

/// <summary>What a stage works on: the report source, the output folder, and the hand-over files of earlier stages.</summary>
internal sealed class StageContext(ReportSource source, string outDir, string referenceDir)
{
    private ReportText? report;
    private ReferenceData? referenceData;
    private Task<ReferenceData>? referenceDataAhead;
    private IReadOnlyList<Mention>? extracted;
    private ReportChecks? checks;
    private readonly HashSet<string> staged = new(StringComparer.Ordinal);
    private string? stagingDir;

    public ReportSource Source { get; } = source;

    public string OutDir { get; } = outDir;

    /// <summary>Whether the CSV files this run writes start with a UTF-8 byte order mark (--csv-bom).</summary>
    public bool CsvBom { get; init; }

    /// <summary>The series page the report's page links (a corpus run of a place's reports over years), relative to the output folder; null outside a series.</summary>
    public string? SeriesPage { get; init; }

    /// <summary>
    /// Where the files of <paramref name="producer"/> (a stage) are read from: the run's staging folder when that stage ran in
    /// this run, so a run never reads another's files or its own previous ones; else the output folder.
    /// </summary>
    public string FolderOf(string producer) => stagingDir is not null && staged.Contains(producer) ? stagingDir : OutDir;

    /// <summary>Records that <paramref name="stage"/> wrote its files into <paramref name="folder"/>, where later stages read them.</summary>
    public void Staged(string stage, string folder)
    {
        staged.Add(stage);
        stagingDir = folder;
    }

    /// <summary>The folder of shared reference data (units, plausibility bands).</summary>
    public string ReferenceDir { get; } = referenceDir;

    public ReportText Report => report ??= Source.Read();

    /// <summary>The reference data, loaded on first use; a corpus run hands every report the same instance.</summary>
    public ReferenceData ReferenceData
    {
        get => referenceData ??= referenceDataAhead is { } ahead ? ahead.GetAwaiter().GetResult() : ReferenceData.Load(ReferenceDir);
        init => referenceData = value;
    }

    /// <summary>
    /// Starts reading the reference data on another thread, so that reading and validating its seven files (a good part of a
    /// short run from cold) overlaps the report's extraction on this one. <see cref="ReferenceData"/> waits for it, and
    /// throws its error there, as if it had read the files itself; until then the manifest does not count them as read.
    /// </summary>
    public void ReadReferenceDataAhead() => referenceDataAhead ??= referenceData is null ? Task.Run(() => ReferenceData.Load(ReferenceDir)) : null;

    /// <summary>The full paths of the reference folder's files, listed once for a corpus run's reports; null to list them per run.</summary>
    public IReadOnlyList<string>? ReferenceFolderFiles { get; init; }

    /// <summary>Where stages print their short summaries: the console, or nowhere in a corpus run whose reports run side by side.</summary>
    public TextWriter Log { get; init; } = Console.Out;

    /// <summary>The reference files the stages actually read (none when no stage needed them), for the manifest.</summary>
    public IReadOnlyList<ReferenceFile> ReferenceFilesRead => referenceData?.FilesRead ?? [];

    /// <summary>
    /// The findings this run's check stage wrote to findings.csv, held for a corpus run's row so that it need not read the
    /// table back; null when the check stage did not run.
    /// </summary>
    public IReadOnlyList<Stats.Core.Findings.Finding>? CheckedFindings { get; set; }

    /// <summary>The report's mentions as the extractor reads them, extracted once per run.</summary>
    public IReadOnlyList<Mention> Extracted => extracted ??= new Extractor().Extract(Report);

    /// <summary>
    /// The report's checks, composed once over the mentions of mentions.csv: its own catalogue and rules when it has them,
    /// and the generic checks. Within 'run' the extraction held in memory stands for mentions.csv (the table round-trips).
    /// </summary>
    public ReportChecks Checks => checks ??= Compose(extracted ?? LoadMentions());

    /// <summary>
    /// Reads and validates every input the checking stages use (report, reference data, catalogue, rules) against the
    /// extraction held in memory, so that 'stats run' on bad input stops before its first stage writes anything.
    /// </summary>
    public void ValidateInputs() => checks = Compose(Extracted);

    private ReportChecks Compose(IReadOnlyList<Mention> mentions) => ReportChecks.Compose(Report, mentions, ReferenceData,
        DataFile.ReadOptional(Source.FiguresPath, Source.FiguresPath is { } f ? DisplayPath(f) : ""),
        DataFile.ReadOptional(Source.RulesPath, Source.RulesPath is { } r ? DisplayPath(r) : ""));

    /// <summary>
    /// A report's own data file as outputs name it: "&lt;report id&gt;/rules.yaml", the same wherever the report lies and
    /// whatever the working directory, so findings keep the same bytes.
    /// </summary>
    public string DisplayPath(string path) => Source.Id + "/" + Path.GetFileName(path);

    public IReadOnlyList<Mention> LoadMentions() =>
        MentionTable.FromDataFrame(LoadTable("mentions.csv", MentionTable.Schema, "extract"));

    /// <summary>Loads a table an earlier stage wrote, or says which stage to run first.</summary>
    /// <summary>
    /// A table an earlier version of its stage did not write (statements.csv, problems.csv): loaded when it is there, null
    /// when it is not, so an older output folder still reports.
    /// </summary>
    public DataFrame? LoadOptionalTable(string name, IReadOnlyList<(string Name, Type Type)> schema, string producer) =>
        File.Exists(Path.Combine(FolderOf(producer), name)) ? LoadTable(name, schema, producer) : null;

    public DataFrame LoadTable(string name, IReadOnlyList<(string Name, Type Type)> schema, string producer)
    {
        var path = Path.Combine(FolderOf(producer), name);
        if (!File.Exists(path))
            throw new InputException(path, $"not found; run 'stats {producer}' (or 'stats run') into this --out folder first.");
        return CsvFile.Load(path, schema);
    }
}
