// Test fixtures run two at a time: the tests of one fixture share their fixture's output folder (a Lazy run of the
// bundled report, a review/ folder) and run one after the other, while fixtures write into folders of their own names or
// into fresh temporary folders, and the in-process command line takes the console under a lock (CliRun). Fixtures that
// kill child processes or drive a browser are marked [NonParallelizable].
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
