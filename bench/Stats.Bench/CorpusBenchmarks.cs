using BenchmarkDotNet.Attributes;
using Stats.Core.Checks;
using Stats.Core.Checks.Generic;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Text;
using Stats.Pipeline.Checking;
using Stats.Pipeline.Inputs;
using Stats.Synthetic;

namespace Stats.Bench;

/// <summary>
/// Corpus mode: extract and run the generic checks (no catalogue, no rules files, as the tests' Pipeline.CheckText does)
/// over 200 synthetic reports, reported per report, so the figure reads as reports per second (1 s / mean).
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private const int Reports = 200;
    private string[] texts = [];
    private IReadOnlyList<IGenericCheck> checks = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = new CorpusGenerator(2023).Reports(Reports).Select(r => r.Text).ToArray();
        checks = ReportChecks.GenericChecks(ReferenceData.Load(Path.Combine(BundledReport.Root, "data", "reference")));
    }

    [Benchmark(OperationsPerInvoke = Reports)]
    public int ExtractAndCheckSyntheticReports()
    {
        var findings = 0;
        foreach (var text in texts)
        {
            var report = new ReportText("synthetic", text);
            findings += new Checker(report, new Extractor().Extract(report), checks).Check().Count;
        }
        return findings;
    }

    /// <summary>Generating alone, to show it is not what bounds a corpus run.</summary>
    [Benchmark(OperationsPerInvoke = Reports)]
    public int GenerateSyntheticReports() => new CorpusGenerator(2024).Reports(Reports).Sum(r => r.Text.Length);
}
