using BenchmarkDotNet.Running;
using Stats.Synthetic;

// 'write-corpus <folder> <count> [seed]' writes a synthetic corpus for corpus-mode runs; anything else runs benchmarks.
if (args is ["write-corpus", var folder, var countText, ..])
{
    var seed = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20230420;
    Directory.CreateDirectory(folder);
    foreach (var report in new CorpusGenerator(seed).Reports(int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture)))
        File.WriteAllText(Path.Combine(folder, report.Id + ".txt"), report.Text);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Stats.Bench.StageBenchmarks).Assembly).Run(args);
