// Test fixtures run three at a time: the tests of one fixture share their fixture's output folder (a Lazy run, a review/
// folder) and run one after the other, while fixtures write into folders of their own names or into fresh temporary folders.
// The in-process command line prints to writers of its own (CliRun, ConsoleSwitch), so command lines of several fixtures
// run at once. Three workers on two cores: many tests wait on child processes (the built tool, Chromium), and the third
// keeps a core busy meanwhile. The tests that read only the bundled report's outputs share one run of it (BundledReportRun).
// Fixtures and tests that set process-wide cultures, read the clock or count the process's allocations are marked
// [NonParallelizable].
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(3)]
