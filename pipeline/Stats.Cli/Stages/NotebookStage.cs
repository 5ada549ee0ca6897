using System.Security.Cryptography;
using Stats.Cli.Output;
using Stats.Core.Extraction;
using Stats.Core.Figures;
using Stats.Core.Tables;
using Stats.Pipeline.Checking;
using Stats.Pipeline.Tables;
using Stats.Reporting;
using Stats.Reporting.Notebooks;

namespace Stats.Cli.Stages;

/// <summary>
/// Stage 5: a Jupyter notebook (notebook.ipynb) a reviewer opens, reads and re-runs, with everything it needs copied beside
/// it (lib/, input/, reference/) so the output folder can move anywhere.
/// </summary>
internal sealed class NotebookStage : IStage
{
    public string Name => "notebook";

    public string Description => "Write notebook.ipynb: the checks in prose with C# cells that recompute them and compare with findings.csv.";

    public int Run(StageContext context, StageOutput output)
    {
        var mentionFrame = context.LoadTable("mentions.csv", MentionTable.Schema, "extract");
        var findings = FindingTable.FromDataFrame(context.LoadTable("findings.csv", FindingTable.Schema, "check"));
        var reportBytes = File.ReadAllBytes(context.Source.ReportPath);
        var extracted = MentionTable.ToCsv(context.Extracted, context.Report);
        var input = new ReviewNotebookInput
        {
            ReportName = context.Source.Id,
            InputSha256 = Convert.ToHexStringLower(SHA256.HashData(reportBytes)),
            ReportLength = context.Report.Content.Length,
            MentionCount = (int)mentionFrame.Rows.Count,
            ExtractionReproduced = CsvFile.SameTable(extracted, File.ReadAllBytes(Path.Combine(context.FolderOf("extract"), "mentions.csv"))),
            Sentences = MentionSentences.Of(MentionTable.FromDataFrame(mentionFrame), context.Report),
            Findings = findings,
            Explanations = BestExplanations(context),
            GenericKinds = ReportChecks.GenericChecks(context.ReferenceData).Select(g => g.Kind).Distinct().ToList(),
            HasFigures = context.Source.FiguresPath is not null,
            CatalogueSize = context.Checks.Catalogue.Count,
            HasRules = context.Source.RulesPath is not null,
            Plots = Plots(context.FolderOf("report")),
            Problems = context.LoadOptionalTable("problems.csv", ProblemTable.Schema, "diagnose") is { } problems
                ? ProblemTable.FromDataFrame(problems)
                : [],
        };
        output.Add(NotebookFolder.FileName, ReviewNotebook.Build(input).ToBytes());
        CopyBeside(context, output, reportBytes);
        return 0;
    }

    /// <summary>The notebook's own copies of the assemblies, the report and the reference data, at the paths its cells use.</summary>
    private static void CopyBeside(StageContext context, StageOutput output, byte[] reportBytes)
    {
        foreach (var assembly in NotebookFolder.Assemblies)
            output.Add($"{NotebookFolder.Library}/{assembly}", File.ReadAllBytes(Path.Combine(ProgramFolder.Path, assembly)));
        output.Add($"{NotebookFolder.Input}/report.txt", reportBytes);
        if (context.Source.FiguresPath is { } figures) output.Add($"{NotebookFolder.Input}/figures.yaml", File.ReadAllBytes(figures));
        if (context.Source.RulesPath is { } rules) output.Add($"{NotebookFolder.Input}/rules.yaml", File.ReadAllBytes(rules));
        foreach (var file in context.ReferenceData.Files)
            output.Add($"{NotebookFolder.Reference}/{Path.GetFileName(file)}", File.ReadAllBytes(file));
    }

    /// <summary>The rank-1 hypothesis of each failed rule, when the diagnose stage ran.</summary>
    private static IReadOnlyDictionary<string, string> BestExplanations(StageContext context)
    {
        if (!File.Exists(Path.Combine(context.FolderOf("diagnose"), "hypotheses.csv"))) return new Dictionary<string, string>();
        var hypotheses = HypothesisTable.FromDataFrame(context.LoadTable("hypotheses.csv", HypothesisTable.Schema, "diagnose"));
        return hypotheses.Where(h => h.Rank == 1).GroupBy(h => h.Rule, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Explanation, StringComparer.Ordinal);
    }

    /// <summary>The report stage's PNG plots, in ordinal name order; none when it has not run.</summary>
    private static IReadOnlyList<(string Name, byte[] Png)> Plots(string outDir)
    {
        var folder = Path.Combine(outDir, "plots");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.png")
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal)
            .Select(name => (name, File.ReadAllBytes(Path.Combine(folder, name + ".png"))))
            .ToList();
    }
}
