using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Stats.Bench.StageBenchmarks).Assembly).Run(args);
