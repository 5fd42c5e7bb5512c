using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0004 (RAM window) and MMG0005 (floating area).</summary>
public sealed class RamTests
{
    [Fact]
    public Task Fixed_region_inside_the_ram_window_is_reported_on_its_base()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Ram(1 * GiB, LegacyLimit = 255 * GiB)|}] Mem,
                [Fixed({|#0:0x4000_0000|}, 0x1000)] Misplaced,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0004").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Misplaced' [0x4000_0000, 0x4000_0FFF] overlaps the RAM window of 'Mem' [0x4000_0000, 0x3F_FFFF_FFFF] by 0x1000 bytes; with RamSize = 0x0000_0001, PhysAddrBits = 31 the plan puts 'Mem' at [0x4000_0000, 0x4000_0000]"));
    }

    [Fact]
    public Task Fixed_region_running_into_ram_from_below_is_reported_on_its_size()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Ram(1 * GiB, LegacyLimit = 255 * GiB)|}] Mem,
                [Fixed(0x3F00_0000, {|#0:0x0200_0000|})] PcieEcam,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0004").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'PcieEcam' [0x3F00_0000, 0x40FF_FFFF] overlaps the RAM window of 'Mem' [0x4000_0000, 0x3F_FFFF_FFFF] by 0x100_0000 bytes; with RamSize = 0x0000_0001, PhysAddrBits = 31 the plan puts 'Mem' at [0x4000_0000, 0x4000_0000]"));
    }

    [Fact]
    public Task Fixed_region_in_the_floating_area_is_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Ram(1 * GiB, LegacyLimit = 255 * GiB)|}] Mem,
                [Fixed({|#0:0x80_0000_0000|}, 0x1000)] HighDevice,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0005").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'HighDevice' [0x80_0000_0000, 0x80_0000_0FFF] lies at or above 0x40_0000_0000, the floor of the floating area above 'Mem' where planned regions land; with RamSize = 0x7F_C000_0001, PhysAddrBits = 40 the plan puts 'Mem' at [0x4000_0000, 0x80_0000_0000]"));
    }

    [Fact]
    public Task A_child_of_a_clashing_container_is_not_reported_again()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Ram(0x1000_0000, LegacyLimit = 0x1000_0000)|}] Mem,
                [Fixed({|#0:0x1000_0000|}, 0x1_0000)] Box,
                [Fixed(0x1000_0000, 0x1000, Within = Box)] Inside,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0004").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Box' [0x1000_0000, 0x1000_FFFF] overlaps the RAM window of 'Mem' [0x1000_0000, 0x1FFF_FFFF] by 0x1_0000 bytes; with RamSize = 0x0000_0001, PhysAddrBits = 29 the plan puts 'Mem' at [0x1000_0000, 0x1000_0000]"));
    }

    [Fact]
    public Task Without_a_legacy_limit_ram_reserves_nothing_and_regions_right_below_it_are_fine()
    {
        // Nothing is reserved, so no MMG0004/MMG0005; the plan proof still finds the RAM size that reaches 'High'.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Ram(1 * GiB)|}] Mem,
                [Fixed({|#0:0x80_0000_0000|}, 0x1000)] High,
                [Fixed(0x3F00_0000, 0x0100_0000)] EndsAtRam,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0042").WithLocation(0).WithLocation(1)
                .WithMessage("'Mem' can overlap 'High': with RamSize = 0x7F_C000_0001, PhysAddrBits = 40 the plan puts 'Mem' at [0x4000_0000, 0x80_0000_0000] and 'High' at [0x80_0000_0000, 0x80_0000_0FFF]"));
    }
}
