using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using MemmapGen.Tests.SplitRam;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Proof;

/// <summary>
/// The plan proof (docs/plan-proof.md): maps correct for every input are proved (MMG0044), maps broken only at some
/// inputs get MMG0042/MMG0043 (or the witness on the rule that already reports them) with the smallest such input.
/// MemmapGen.Property.Tests replays every witness with the generated planner.
/// </summary>
public sealed class PlanProofTests
{
    [Fact]
    public Task Firecracker_and_cloud_hypervisor_are_proved()
    {
        var source = X86VmmMaps.Source.Replace("using MemmapGen;\nusing static MemmapGen.Units;\n", string.Empty)
            .Replace("public enum FirecrackerRegion", "public enum {|#0:FirecrackerRegion|}")
            .Replace("public enum CloudHypervisorRegion", "public enum {|#1:CloudHypervisorRegion|}");
        return Analyze.VerifyWithVerdictsAsync(
            source,
            Analyze.Diagnostic("MMG0044").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
                .WithArguments("FirecrackerRegion", "8 plan classes, 16 boxes searched"),
            Analyze.Diagnostic("MMG0044").WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
                .WithArguments("CloudHypervisorRegion", "16 plan classes, 16 boxes searched"));
    }

    [Fact]
    public Task A_device_where_device_memory_lands_only_with_hot_plug_is_an_overlap_with_its_witness()
    {
        // 'High' never reaches 'Probe' (its gap fails the plan first), so MMG0039 is silent; device memory does.
        const string source = """
            [MemoryMap(AddressBits = 40)]
            public enum Board
            {
                [RamBank(0, Limit = 3 * GiB, MaxLimit = 3 * GiB)] Low,
                [{|#1:RamBank(4 * GiB, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB, MaxSlots = 8, MaxRamAlignment = 4 * KiB)|}] High,
                [Gap(After = High, Before = Probe)] Top,
                [Fixed({|#0:0x10_0000_0000|}, 4 * KiB)] Probe,
                [Gap(After = Low, Before = IoApic)] PciHole,
                [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0042").WithLocation(0).WithLocation(1)
                .WithMessage("device memory can overlap 'Probe': with RamSize = 0x0000_0000, MaxRamSize = 0xF_0000_1000, PhysAddrBits = 37 the plan puts device memory at [0x1_0000_0000, 0x10_0000_0FFF] and 'Probe' at [0x10_0000_0000, 0x10_0000_0FFF]"));
    }

    [Fact]
    public Task A_hole_declared_4_KiB_too_low_for_the_low_bank_at_its_largest_gets_a_witness()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:RamBank(0, Limit = 3 * GiB, MaxLimit = 3 * GiB)|}] Low,
                [RamBank(4 * GiB)] High,
                [Fixed({|#0:0xBFFF_F000|}, 0x4000_1000)] Pci32,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0039").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Pci32' [0xBFFF_F000, 0xFFFF_FFFF] lies where bank 'Low' can hold RAM, [0x0000_0000, 0xBFFF_FFFF]; with RamSize = 0xBFFF_F001, PhysAddrBits = 32 the plan puts 'Low' at [0x0000_0000, 0xBFFF_F000]"));
    }

    [Fact]
    public Task A_floating_region_landing_on_a_device_at_one_width_only_gets_that_width_as_witness()
    {
        // Compact layout: at 39 bits 'Big' does not fit, so 'Small' takes its place at 256 GiB; at 40 bits and more
        // 'Big' is there and 'Small' lands at 1 TiB.
        const string source = """
            [MemoryMap(AddressBits = 48)]
            public enum Board
            {
                [{|#1:Ram(1 * GiB, LegacyLimit = 255 * GiB)|}] Mem,
                [Floating(512 * GiB)] Big,
                [Floating(4 * KiB)] Small,
                [Fixed({|#0:0x40_0000_0000|}, 4 * KiB)] Device,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0005").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Device' [0x40_0000_0000, 0x40_0000_0FFF] lies at or above 0x40_0000_0000, the floor of the floating area above 'Mem' where planned regions land; with RamSize = 0x0000_0000, PhysAddrBits = 39 the plan puts 'Small' at [0x40_0000_0000, 0x40_0000_0FFF]"));
    }

    [Fact]
    public Task A_bank_filled_before_a_lower_last_bank_ends_past_the_width()
    {
        // Declared out of address order: the highest used address is the end of 'Lower', the last bank.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#0:RamBank(8 * GiB, Limit = 1 * GiB, MaxLimit = 1 * GiB)|}] Upper,
                [{|#1:RamBank(0x1000_0000)|}] Lower,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0043").WithLocation(0)
                .WithMessage("'Upper' can end past the physical-address width without an error: with RamSize = 0x0000_0001, PhysAddrBits = 28 the plan puts it at [0x2_0000_0000, 0x2_0000_0000], past 0x0FFF_FFFF, the last address of 28 bits"),
            Analyze.Diagnostic("MMG0042").WithLocation(1).WithLocation(0)
                .WithMessage("device memory can overlap 'Upper': with RamSize = 0x0000_0001, MaxRamSize = 0x1_F000_0002, PhysAddrBits = 34 the plan puts device memory at [0x1000_0000, 0x2_0000_0000] and 'Upper' at [0x2_0000_0000, 0x2_0000_0000]"),
            Analyze.Diagnostic("MMG0038").WithSpan(8, 14, 8, 25).WithLocation(0)
                .WithMessage("Bank 'Lower' can hold RAM in [0x1000_0000, 0xFFFF_FFFF_FFFF_FFFF], which overlaps [0x2_0000_0000, 0x2_3FFF_FFFF], where bank 'Upper' can hold RAM"));
    }

    [Fact]
    public Task A_map_the_search_cannot_decide_says_so()
    {
        const string source = """
            [MemoryMap]
            public enum {|#0:Board|}
            {
                [RamBank(0, {|#1:DeviceMemoryAlignment = 3 * MiB|})] Ram,
            }
            """;
        return Analyze.VerifyWithVerdictsAsync(
            source,
            Analyze.Diagnostic("MMG0045").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
                .WithArguments("Board", "an alignment is not a power of two"),
            Analyze.Diagnostic("MMG0010").WithLocation(1).WithMessage("DeviceMemoryAlignment 0x0030_0000 of region 'Ram' is not a power of two"));
    }

    /// <summary>The figures are the search's own (deterministic): they change only when the search does.</summary>
    [Theory]
    [InlineData("PcRegion.cs", "PcVersion.cs", "PcRegion", "96 plan classes, 9,576 boxes searched")]
    [InlineData("Q35Region.cs", "Q35Version.cs", "Q35Region", "24 plan classes, 48 boxes searched")]
    public Task The_qemu_x86_maps_are_proved(string regions, string versions, string map, string how)
    {
        var source = QemuPcMapTests.SampleFile(regions).Replace("public enum " + map, "public enum {|#0:" + map + "|}");
        var test = Analyze.Create(source, addUsings: false);
        test.DisabledDiagnostics.Clear();
        test.TestState.Sources.Add(("Versions.cs", QemuPcMapTests.SampleFile(versions)));
        test.ExpectedDiagnostics.Add(
            Analyze.Diagnostic("MMG0044").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithArguments(map, how));
        return test.RunAsync();
    }

    [Fact]
    public Task A_window_advertised_over_an_avoided_reserved_window_is_an_overlap()
    {
        // A smaller window than declared stays below R0, but its advertised range, rounded up to 0x4000, covers R0.
        const string source = """
            [MemoryMap(TypeName = "PropMap", AddressBits = 16)]
            public enum PropRegion
            {
                [RamBank(0x0, Limit = 0x1000)] B0,
                [RamBank(0x3000, RelocatePast = R0, DeviceMemoryAlignment = 0x1000, SlotSize = 0x0, MaxSlots = 2, MaxRamAlignment = 0x1000)] B1,
                [Reserved({|#0:0x5000|}, 0x3000)] R0,
                [Gap(After = B0, Before = X0)] G,
                [{|#1:Window(0x2000, Alignment = 0x4000)|}] W,
                [Fixed(0x2000, 0x1000)] X0,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0042").WithLocation(0).WithLocation(1)
                .WithMessage("'W' as advertised can overlap 'R0': with RamSize = 0x0000_0000, PhysAddrBits = 15, AvoidR0 = true, WSize = 0x0000_0001 the plan puts 'W' as advertised at [0x0000_4000, 0x0000_7FFF] and 'R0' at [0x0000_5000, 0x0000_7FFF]"));
    }
}
