using System.Security.Cryptography;
using System.Text;
using Stats.Core.Checks.Generic;
using Stats.Core.Diagnosis;
using Stats.Core.References;
using Stats.Core.Statements;
using Stats.Core.Text;
using Stats.Core.Units;

namespace Stats.Pipeline.Inputs;

/// <summary>The shared reference data under data/reference/ (bundled beside the program): units, bands, partitions, per-unit values, unit slips, indicators, limits.</summary>
public sealed record ReferenceData(
    UnitCatalog Units,
    ReferenceSet References,
    IReadOnlyList<Partition> Partitions,
    IReadOnlyList<PerUnitRatio> PerUnit,
    IReadOnlyList<UnitFamily> UnitFamilies,
    IndicatorVocabulary Indicators,
    RangeLimits Limits,
    IReadOnlyList<ReferenceFile> FilesRead)
{
    /// <summary>The paths of the files read, in the order they were read.</summary>
    public IReadOnlyList<string> Files { get; } = FilesRead.Select(f => f.Path).ToList();

    public static ReferenceData Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new InputException(folder, "the reference folder does not exist; pass --reference with the path of data/reference.");
        var files = new List<ReferenceFile>();
        string Read(string name)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path)) throw new InputException(path, "a reference file is missing; restore data/reference or pass --reference.");
            // Hashed as read, so the manifest records the bytes the checks used, and a corpus run hashes them once, not per report.
            var bytes = File.ReadAllBytes(path);
            files.Add(new ReferenceFile(path, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return text.ReadToEnd();
        }
        string PathOf(string name) => Path.Combine(folder, name);
        var units = UnitCatalog.Parse(Read("units.yaml"), PathOf("units.yaml"));
        var references = ReferenceSet.Parse(Read("plausibility.yaml"), PathOf("plausibility.yaml"), units);
        return new ReferenceData(
            units,
            references,
            Partition.Parse(Read("partitions.yaml"), PathOf("partitions.yaml")),
            PerUnitRatio.Parse(Read("per-unit.yaml"), PathOf("per-unit.yaml")),
            Stats.Core.Diagnosis.UnitFamilies.Parse(Read("unit-slips.yaml"), PathOf("unit-slips.yaml")),
            IndicatorVocabulary.Parse(Read("indicators.yaml"), PathOf("indicators.yaml")),
            RangeLimits.Parse(Read("limits.yaml"), PathOf("limits.yaml")),
            files);
    }

    /// <summary>The plausibility bands of a per-unit value (per-unit.yaml names them, plausibility.yaml holds them).</summary>
    public PlausibilityBands BandsOf(string perUnitId)
    {
        var ratio = PerUnit.SingleOrDefault(p => p.Id == perUnitId)
            ?? throw new InputException(Files.FirstOrDefault(f => f.EndsWith("per-unit.yaml", StringComparison.Ordinal)) ?? "per-unit.yaml", $"no per-unit value '{perUnitId}'.");
        var fail = ratio.FailBand is { } f ? References.Find(f) : null;
        if (fail is null) throw new InputException("plausibility.yaml", $"the per-unit value '{perUnitId}' has no fail band.");
        return new PlausibilityBands(fail, ratio.WarnBand is { } w ? References.Find(w) : null);
    }
}

/// <summary>A reference file as read: its path, its size in bytes and the SHA-256 of its bytes in lower-case hex.</summary>
public sealed record ReferenceFile(string Path, long Bytes, string Sha256);
