using System;
using System.Globalization;
using System.IO;
using System.Linq;
using MemmapGen.Property.Tests.Infrastructure;
using MemmapGen.Testing;
using MemmapGen.Tests.SplitRam;
using Xunit;
using Xunit.Abstractions;

namespace MemmapGen.Property.Tests;

/// <summary>
/// The plan prover on real maps and on small maps built to show each kind of finding: every map gets the expected
/// verdict, and every witness it gives is planned by the generated planner and really puts the parts where the
/// message says (<see cref="WitnessReplay"/>).
/// </summary>
public sealed class ProofWitnessTests
{
    private readonly ITestOutputHelper _output;

    public ProofWitnessTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Qemu_pc_is_proved()
    {
        var verdict = Verdict(Sample("PcMachine", "PcRegion.cs"), Sample("PcMachine", "PcVersion.cs"));
        AssertProved(verdict);
    }

    [Fact]
    public void Qemu_q35_is_proved()
    {
        // Its low bank's 2 GiB cap cannot be switched off (LargeRamLimitOptional = false), so RAM never reaches MmConfig.
        var verdict = Verdict(Sample("PcMachine", "Q35Region.cs"), Sample("PcMachine", "Q35Version.cs"));
        AssertProved(verdict);
    }

    [Fact]
    public void Qemu_virt_is_proved()
    {
        var verdict = Verdict(Sample("VirtMachine", "VirtRegion.cs"), Sample("VirtMachine", "VirtVersion.cs"));
        AssertProved(verdict);
    }

    [Fact]
    public void Firecracker_and_cloud_hypervisor_are_proved()
    {
        // Their bank limits are constants (MaxLimit = Limit); without that, a plan could raise a limit up to the next
        // bank and run RAM into the 32-bit devices.
        var verdict = Verdict(X86VmmMaps.Source);
        Assert.Equal(2, verdict.Diagnostics.Count(d => d.Id == ProofVerdict.Proved));
        Assert.Empty(verdict.Witnesses);
    }

    [Fact]
    public void Device_memory_lands_on_a_fixed_device_only_with_hot_plug()
    {
        var verdict = Verdict(EvidenceMaps.HotplugOntoProbe);
        // The gap 'Top' also holds device memory and runs to 'Probe' past narrow widths: replayed like the rest.
        var witness = Assert.Single(verdict.Witnesses, d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("device memory can overlap 'Probe'", StringComparison.Ordinal));
        Assert.Contains("Witness.MaxRamSize", witness.Properties.Keys);
    }

    [Fact]
    public void A_hole_declared_4_KiB_too_low_for_the_largest_low_bank()
    {
        var verdict = Verdict(EvidenceMaps.HoleTooLow);
        var witness = Assert.Single(verdict.Witnesses, d => d.Id == "MMG0039");
        Assert.Equal("0xBFFF_F001", witness.Properties["Witness.RamSize"]);
    }

    [Fact]
    public void A_floating_region_lands_on_a_fixed_region_at_one_width_only()
    {
        var verdict = Verdict(EvidenceMaps.FloatingAtOneWidth);
        var witness = Assert.Single(verdict.Witnesses, d => d.Id == "MMG0005");
        Assert.Equal("39", witness.Properties["Witness.PhysAddrBits"]);
    }

    [Fact]
    public void A_window_straddles_a_reserved_window_the_last_bank_does_not_relocate_past()
    {
        var verdict = Verdict(EvidenceMaps.StraddledWindow);
        Assert.Contains(verdict.Witnesses, d => d.Id is ProofVerdict.Overlap or "MMG0039");
    }

    private ProofVerdict Verdict(params string[] sources)
    {
        var verdict = ProofVerdict.Of(sources);
        _output.WriteLine(verdict.Describe());
        _output.WriteLine($"{verdict.Replayed} witnesses replayed");
        return verdict;
    }

    private static void AssertProved(ProofVerdict verdict)
    {
        Assert.Contains(ProofVerdict.Proved, verdict.Ids);
        Assert.DoesNotContain(ProofVerdict.Overlap, verdict.Ids);
        Assert.DoesNotContain(ProofVerdict.PastWidth, verdict.Ids);
    }

    private static string Sample(string machine, string file) => File.ReadAllText(RepositoryRoot.Combine("sample", machine, file));
}
