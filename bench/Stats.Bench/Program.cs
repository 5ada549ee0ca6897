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

// 'time-diagnose [runs]' times the diagnose stage in process with a stopwatch: a quick probe between BenchmarkDotNet runs.
if (args is ["time-diagnose", ..])
{
    var benchmarks = new Stats.Bench.StageBenchmarks();
    benchmarks.Setup();
    var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
    var times = new List<double>();
    var cpu = new List<double>();
    var process = System.Diagnostics.Process.GetCurrentProcess();
    for (var i = 0; i < runs; i++)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var count = benchmarks.Diagnose();
        times.Add(clock.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        if (i == runs - 1)
            Console.WriteLine($"{count} hypotheses, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6:F1} MB allocated in the last run");
    }
    times.Sort();
    cpu.Sort();
    Console.WriteLine($"diagnose: median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms over {runs} runs; CPU median {cpu[cpu.Count / 2]:F1} ms");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Stats.Bench.StageBenchmarks).Assembly).Run(args);
