using Stats.Core.Text;

namespace Stats.Cli.Output;

/// <summary>
/// The exclusive hold of one process on an output folder, from before it first reads or writes there until its outputs
/// are in place: <c>&lt;out&gt;/.lock</c> opened with <see cref="FileShare.None"/> (a sharing violation on Windows, an
/// <c>flock</c> on Unix). A second run into the same folder fails at once rather than waiting: it could not know how long
/// the first one takes, and a run is quick to repeat.
/// </summary>
/// <remarks>
/// The file stays when the hold ends. Deleting it on close would let a process that opened it just before the deletion lock
/// the unlinked file while a third creates and locks a new one, two runs at once; an empty file left behind costs nothing.
/// The operating system drops the hold when the process dies, so a killed run never leaves the folder locked.
/// </remarks>
internal sealed class OutputLock : IDisposable
{
    public const string FileName = ".lock";

    private readonly FileStream held;

    private OutputLock(FileStream held) => this.held = held;

    /// <summary>Holds <paramref name="outDir"/> (creating it), or throws an <see cref="InputException"/> when another run holds it.</summary>
    public static OutputLock Take(string outDir)
    {
        Directory.CreateDirectory(outDir);
        try
        {
            return new OutputLock(new FileStream(Path.Combine(outDir, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new InputException(outDir, $"is in use by another run (it holds {FileName}); wait for that run to finish, or give another --out.");
        }
    }

    // EWOULDBLOCK from flock (11 on Linux, 35 on macOS), as .NET reports it; ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION
    // on Windows. Any other failure (a read-only or full disk) is the file system's own, reported as such.
    private static bool IsHeldElsewhere(IOException e) =>
        OperatingSystem.IsWindows() ? e.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021)
        : e.HResult == (OperatingSystem.IsLinux() ? 11 : 35);

    public void Dispose() => held.Dispose();
}
