// Test fixtures run two at a time: the tests of one fixture share their fixture's output folder (a Lazy run of the
// bundled report, a review/ folder) and run one after the other, while fixtures write into folders of their own names or
// into fresh temporary folders, and the in-process command line takes the console under a lock (CliRun). Fixtures and
// tests that kill child processes, drive a browser, set process-wide cultures, read the clock or count the process's
// allocations are marked [NonParallelizable]. Property tests run quiet on success and hold the console lock
// (CliRun.HoldingTheConsole): FsCheck writes to the console, which a command line run by another fixture may have replaced
// with a writer it is about to close.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
