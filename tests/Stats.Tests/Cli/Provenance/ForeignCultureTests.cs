using System.Globalization;

namespace Stats.Tests.Cli.Provenance;

/// <summary>
/// A run in-process under a foreign culture, also on the threads it starts, gives the same bytes as under the invariant
/// culture (<see cref="ReproducibilityTests"/>, whose baseline and output folders it shares).
/// </summary>
// It sets the process-wide default cultures for a while: no other fixture may run meanwhile.
[NonParallelizable]
public class ForeignCultureTests
{
    [TestCase("zh-CN")]
    [TestCase("de-DE")]
    [TestCase("tr-TR")]
    public void A_run_under_a_foreign_culture_in_process_gives_the_same_bytes(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        _ = ReproducibilityTests.Baseline.Value;
        string outDir;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            outDir = ReproducibilityTests.RunInProcess("culture-" + name);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = saved;
        }

        Assert.That(OutputSnapshot.Of(outDir).Lines, Is.EqualTo(ReproducibilityTests.Baseline.Value.Lines));
    }
}
