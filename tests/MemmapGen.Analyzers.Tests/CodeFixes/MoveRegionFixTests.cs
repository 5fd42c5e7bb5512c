using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using MemmapGen.CodeFixes;
using Xunit;

namespace MemmapGen.Analyzers.Tests.CodeFixes;

/// <summary>Moving an overlapping region to the next free address aligned like its base, after the region it hits.</summary>
public sealed class MoveRegionFixTests
{
    [Fact]
    public Task Moves_past_the_region_it_hits_and_past_the_next_taken_slot()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0900_0000, 0x2000)] Uart,
                [Fixed({|MMG0001:0x0900_1000|}, 0x1000)] Rtc,
                [Fixed(0x0900_2000, 0x1000)] Gpio,
            }
            """;
        const string fixedSource = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0900_0000, 0x2000)] Uart,
                [Fixed(0x0900_3000, 0x1000)] Rtc,
                [Fixed(0x0900_2000, 0x1000)] Gpio,
            }
            """;
        return Fix.VerifyAsync<MoveRegionCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public Task Keeps_the_alignment_of_the_base_and_writes_grouped_hex()
    {
        // 16 MiB * 3 is aligned to 16 MiB: the new base is the next 16 MiB boundary after Flash.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0000_0000, 128 * MiB + 1)] Flash,
                [Fixed({|MMG0001:3 * 16 * MiB|}, 64 * KiB)] Pvtime,
            }
            """;
        const string fixedSource = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0000_0000, 128 * MiB + 1)] Flash,
                [Fixed(0x0900_0000, 64 * KiB)] Pvtime,
            }
            """;
        return Fix.VerifyAsync<MoveRegionCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public Task Fix_all_places_moved_regions_together_without_new_overlaps()
    {
        // Alone, Rtc and Gpio would both move to 0x0900_4000, the first free 4 KiB slot after their hosts;
        // Fix All plans them together, so the second takes the next slot.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0900_0000, 0x2000)] Uart,
                [Fixed({|MMG0001:0x0900_1000|}, 0x1000)] Rtc,
                [Fixed(0x0900_2000, 0x2000)] FwCfg,
                [Fixed({|MMG0001:0x0900_3000|}, 0x1000)] Gpio,
            }
            """;
        const string fixedSource = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0900_0000, 0x2000)] Uart,
                [Fixed(0x0900_4000, 0x1000)] Rtc,
                [Fixed(0x0900_2000, 0x2000)] FwCfg,
                [Fixed(0x0900_5000, 0x1000)] Gpio,
            }
            """;
        return Fix.VerifyAsync<MoveRegionCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public Task A_moved_container_takes_its_children_along()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0000_0000, 0x0800_0000)] Flash,
                [Fixed({|MMG0001:0x0400_0000|}, 0x2_0000)] CpuPeriphs,
                [Fixed(0x0400_0000, 0x1_0000, Within = CpuPeriphs)] GicDist,
                [Fixed(0x0401_0000, 0x1_0000, Within = CpuPeriphs)] GicCpu,
            }
            """;
        const string fixedSource = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0000_0000, 0x0800_0000)] Flash,
                [Fixed(0x0800_0000, 0x2_0000)] CpuPeriphs,
                [Fixed(0x0800_0000, 0x1_0000, Within = CpuPeriphs)] GicDist,
                [Fixed(0x0801_0000, 0x1_0000, Within = CpuPeriphs)] GicCpu,
            }
            """;
        return Fix.VerifyAsync<MoveRegionCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public Task A_sibling_is_moved_within_its_container()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0800_0000, 0x0002_0000)] CpuPeriphs,
                [Fixed(0x0800_0000, 0x0001_0000, Within = CpuPeriphs)] GicDist,
                [Fixed({|MMG0003:0x0800_8000|}, 0x1000, Within = CpuPeriphs)] GicCpu,
            }
            """;
        const string fixedSource = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0800_0000, 0x0002_0000)] CpuPeriphs,
                [Fixed(0x0800_0000, 0x0001_0000, Within = CpuPeriphs)] GicDist,
                [Fixed(0x0801_0000, 0x1000, Within = CpuPeriphs)] GicCpu,
            }
            """;
        return Fix.VerifyAsync<MoveRegionCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public Task No_fix_is_offered_when_no_free_place_is_left_below_ram()
    {
        // Everything from 1 GiB up is RAM's window and the floating area: there is nowhere to move Probe.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem,
                [Fixed(0x0000_0000, 0x4000_0000)] Low,
                [Fixed({|MMG0001:0x2000_0000|}, 0x1000)] Probe,
            }
            """;
        return Fix.VerifyAsync<MoveRegionCodeFixProvider>(source, source);
    }
}
