using Stats.Cli.Provenance;
using Stats.Core.Text;
using Stats.Pipeline.Tables;

namespace Stats.Cli.Output;

/// <summary>
/// One verb's outputs on their way into the output folder: every stage's files and the manifest are written into
/// <c>&lt;out&gt;/.staging-&lt;id&gt;/</c> and then switched into place together, so that the folder holds the previous run or the
/// new one, never a mix, whatever stops the process (a kill, a full disk, a folder that refuses writes).
/// </summary>
/// <remarks>
/// The switch, and what each kind of stop leaves:
/// <list type="number">
/// <item>Stages write into the staging folder and later stages read earlier ones' files from there; nothing else changes.
/// Stopped here, the staging folder has no journal: the next holder of the lock deletes it.</item>
/// <item>The new manifest.json goes into the staging folder, then the journal <c>.switching</c> (written aside and renamed,
/// so it exists whole or not at all) lists the staged files.</item>
/// <item>Each previous output the new manifest drops, and each file a staged one replaces, is moved aside into
/// <c>.staging-&lt;id&gt;/.previous/</c>, and each staged file is moved into place (renames inside one folder tree).</item>
/// <item>The commit point: the staged manifest.json is renamed over the previous one.</item>
/// <item>Folders the dropped outputs left empty are removed, then the staging folder.</item>
/// </list>
/// Stopped in steps 3–4 (the staged manifest still in the staging folder), the switch is undone: every staged file that
/// reached the folder goes back, then every file moved aside is restored; each move can be repeated, so an undo that is
/// itself stopped is finished by the next one. Stopped in step 5, the run is whole and only the clean-up is repeated. A
/// failure inside the process (a read-only subfolder) undoes at once. The next holder of the lock (a verb, or 'verify',
/// which then judges a whole run) does the recovery before anything else. Renaming whole folders would switch in fewer
/// steps, but Windows refuses to rename a folder with an open file inside (the lock) or a working directory, and the
/// folder may hold a reviewer's own files, which must stay; moving files works alike on Linux and Windows.
/// A kill of the process is covered; a power cut may lose writes the disk had not yet made (nothing is flushed).
/// </remarks>
internal sealed class Staging : IDisposable
{
    public const string Prefix = ".staging-";

    private const string Journal = ".switching";

    private const string Previous = ".previous";

    private readonly bool holdLock;
    private readonly bool intoNewFolder;
    private OutputLock? outputLock;
    private bool entered;
    private bool switched;

    /// <param name="outDir">The output folder (a full path).</param>
    /// <param name="holdLock">Whether this staging takes the folder's lock; a corpus run holds one lock over all its reports' folders.</param>
    /// <param name="intoNewFolder">
    /// Whether the output folder does not exist yet and its parent is held by the caller's lock (a report's folder in a corpus
    /// run): the staging folder is then a sibling, <c>&lt;parent&gt;/.staging-&lt;id&gt;/</c>, and the switch is one rename of it to
    /// the output folder, which holds no previous run to keep. Stopped before the rename, it is a staging folder without a
    /// journal, which the next holder of the parent's lock deletes.
    /// </param>
    public Staging(string outDir, bool holdLock, bool intoNewFolder = false)
    {
        OutDir = outDir;
        this.holdLock = holdLock;
        this.intoNewFolder = intoNewFolder && !holdLock && !Directory.Exists(outDir);
        var parent = this.intoNewFolder ? Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(outDir)) : null;
        Folder = Path.Combine(parent ?? outDir, Prefix + Guid.NewGuid().ToString("N"));
        if (parent is null) this.intoNewFolder = false;
    }

    public string OutDir { get; }

    /// <summary>The staging folder, created at the first write.</summary>
    public string Folder { get; }

    /// <summary>
    /// Takes the lock (creating the output folder) and recovers what a stopped run left; once. Called before the output folder
    /// is first read, or at the first write when it did not exist, so that a verb refused early writes nothing at all.
    /// </summary>
    public void Enter()
    {
        if (entered) return;
        if (intoNewFolder)
        {
            // Nothing to hold or recover in a folder that does not exist; its parent's holder recovered that.
            entered = true;
            return;
        }
        if (holdLock) outputLock = OutputLock.Take(OutDir);
        else Directory.CreateDirectory(OutDir);
        Recover(OutDir);
        entered = true;
    }

    /// <summary>Writes one stage's files into the staging folder, refusing any that would replace an input once in place.</summary>
    public void Write(StageOutput output, IReadOnlySet<string> inputs)
    {
        output.CheckInputs(OutDir, inputs);
        Enter();
        output.WriteInto(Folder);
    }

    /// <summary>Adds the manifest and switches every staged file into the output folder at once (see the remarks).</summary>
    public void Commit(byte[] manifest)
    {
        Enter();
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(Path.Combine(Folder, RunManifest.FileName), manifest);
        if (intoNewFolder)
        {
            // The folder cannot appear under the parent's lock; if it did, nothing of it is touched and the staging goes.
            if (Directory.Exists(OutDir)) throw new IOException($"{OutDir} appeared during the run; its report was not switched in.");
            Directory.Move(Folder, OutDir);
            switched = true;
            return;
        }
        var staged = Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => f != RunManifest.FileName).Order(StringComparer.Ordinal).ToList();
        var journal = Path.Combine(Folder, Journal);
        File.WriteAllLines(journal + ".tmp", staged);
        File.Move(journal + ".tmp", journal);
        try
        {
            foreach (var dropped in Dropped(OutDir, Folder)) MoveAside(OutDir, Folder, dropped);
            foreach (var file in staged)
            {
                MoveAside(OutDir, Folder, file);
                Move(Path.Combine(Folder, file), Path.Combine(OutDir, file));
            }
            File.Move(Path.Combine(Folder, RunManifest.FileName), Path.Combine(OutDir, RunManifest.FileName), overwrite: true);
        }
        catch
        {
            try
            {
                Undo(OutDir, Folder, staged);
                CleanUp(OutDir, Folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The journal stays: the next holder of the lock finishes the undo. The first failure is the one to report.
            }
            throw;
        }
        switched = true;
        try
        {
            CleanUp(OutDir, Folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new run is in place; a staging folder that cannot be removed now is removed by the next holder of the lock.
        }
    }

    /// <summary>Removes the staging folder of a verb that did not commit, and lets go of the lock.</summary>
    public void Dispose()
    {
        try
        {
            if (!switched && Directory.Exists(Folder) && !File.Exists(Path.Combine(Folder, Journal))) Directory.Delete(Folder, recursive: true);
        }
        finally
        {
            outputLock?.Dispose();
        }
    }

    /// <summary>
    /// Finishes or undoes every switch a stopped process left in <paramref name="outDir"/> and removes its staging folders;
    /// only the holder of the folder's lock may call it, since another run's staging folder looks the same.
    /// </summary>
    public static void Recover(string outDir)
    {
        if (!Directory.Exists(outDir)) return;
        foreach (var folder in Directory.GetDirectories(outDir, Prefix + "*").Order(StringComparer.Ordinal))
        {
            var journal = Path.Combine(folder, Journal);
            if (File.Exists(journal) && File.Exists(Path.Combine(folder, RunManifest.FileName)))
                Undo(outDir, folder, File.ReadAllLines(journal));
            CleanUp(outDir, folder);
        }
    }

    /// <summary>Whether <paramref name="name"/> (a top-level entry of an output folder) is a staging folder.</summary>
    public static bool IsStaging(string name) => name.StartsWith(Prefix, StringComparison.Ordinal);

    // The outputs of the manifest in place that the staged manifest no longer lists: files of a run on another report, or a
    // plot a stage no longer draws. Only paths a run writes are touched, whatever a damaged manifest says.
    private static IEnumerable<string> Dropped(string outDir, string folder)
    {
        var previous = ReadManifest(Path.Combine(outDir, RunManifest.FileName));
        var fresh = ReadManifest(Path.Combine(folder, RunManifest.FileName));
        if (previous is null || fresh is null) return [];
        var kept = fresh.Outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        return previous.Outputs.Select(o => o.Path).Where(p => !kept.Contains(p) && IsOutputPath(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static RunManifest? ReadManifest(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return RunManifest.Parse(File.ReadAllText(path), path);
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static bool IsOutputPath(string path)
    {
        try
        {
            var checkedPath = OutputPath.Checked(path);
            var segments = checkedPath.Split('/');
            return checkedPath != RunManifest.FileName && (segments.Length == 1
                ? InputProtection.Files.Contains(segments[0], StringComparer.Ordinal)
                : InputProtection.Folders.Contains(segments[0], StringComparer.Ordinal));
        }
        catch (InputException)
        {
            return false;
        }
    }

    private static void MoveAside(string outDir, string folder, string file)
    {
        var current = Path.Combine(outDir, file);
        if (File.Exists(current)) Move(current, Path.Combine(folder, Previous, file));
    }

    // Puts back, in this order, every staged file that reached the output folder and every file moved aside. Each move is
    // skipped when already made, so an undo stopped half-way is finished by the next one.
    private static void Undo(string outDir, string folder, IReadOnlyList<string> staged)
    {
        foreach (var file in staged)
        {
            var stagedCopy = Path.Combine(folder, file);
            var placed = Path.Combine(outDir, file);
            if (!File.Exists(stagedCopy) && File.Exists(placed)) Move(placed, stagedCopy);
        }
        var previous = Path.Combine(folder, Previous);
        if (Directory.Exists(previous))
            foreach (var aside in Directory.GetFiles(previous, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                Move(aside, Path.Combine(outDir, Path.GetRelativePath(previous, aside)));
        foreach (var file in staged) RemoveEmptyParents(outDir, file);
    }

    // After a switch (or an undo): the folders that moved files left empty, then the staging folder, journal first, so that
    // a removal stopped half-way leaves a folder without one, which is removed whole.
    private static void CleanUp(string outDir, string folder)
    {
        var previous = Path.Combine(folder, Previous);
        if (Directory.Exists(previous))
            foreach (var aside in Directory.GetFiles(previous, "*", SearchOption.AllDirectories))
                RemoveEmptyParents(outDir, Path.GetRelativePath(previous, aside));
        var journal = Path.Combine(folder, Journal);
        if (File.Exists(journal)) File.Delete(journal);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static void RemoveEmptyParents(string outDir, string file)
    {
        var root = Path.TrimEndingDirectorySeparator(outDir);
        for (var parent = Path.GetDirectoryName(Path.Combine(outDir, file)); parent is not null && parent.Length > root.Length; parent = Path.GetDirectoryName(parent))
        {
            if (!Directory.Exists(parent)) continue;
            if (Directory.EnumerateFileSystemEntries(parent).Any()) return;
            Directory.Delete(parent);
        }
    }

    private static void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite: true);
    }
}
