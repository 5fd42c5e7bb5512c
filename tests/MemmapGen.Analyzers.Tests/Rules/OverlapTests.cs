using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0001: overlapping top-level fixed regions, seeded with the mistakes the rule exists for.</summary>
public sealed class OverlapTests
{
    [Fact]
    public Task Size_typo_that_runs_over_the_neighbours_is_reported_once_on_the_size()
    {
        // Uart0 was meant to be 0x1000 (4 KiB); an extra zero makes it swallow the RTC and the fw_cfg window.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0900_0000, {|#0:0x0010_0000|})] Uart0,
                [{|#1:Fixed(0x0901_0000, 0x1000)|}] Rtc,
                [Fixed(0x0902_0000, 0x18)] FwCfg,
                [Fixed(0x0910_0000, 0x1000)] Gpio,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Uart0' [0x0900_0000, 0x090F_FFFF] overlaps 'Rtc' [0x0901_0000, 0x0901_0FFF] by 0x1000 bytes and runs over 1 more region"));
    }

    [Fact]
    public Task Size_typo_that_runs_into_the_next_region_is_reported_on_the_size()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0903_0000, {|#0:0x0001_1000|})] Gpio,
                [{|#1:Fixed(0x0904_0000, 0x0001_0000)|}] Uart1,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Gpio' [0x0903_0000, 0x0904_0FFF] overlaps 'Uart1' [0x0904_0000, 0x0904_FFFF] by 0x1000 bytes"));
    }

    [Fact]
    public Task Frame_anchored_inside_another_device_is_reported_on_its_base()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Fixed(0x1000_0000, 0x2EFF_0000)|}] PcieMmio,
                [Fixed({|#0:0x2000_0000|}, 0x0001_0000)] Pvtime,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Pvtime' [0x2000_0000, 0x2000_FFFF] overlaps 'PcieMmio' [0x1000_0000, 0x3EFE_FFFF] by 0x1_0000 bytes"));
    }

    [Fact]
    public Task Two_regions_claiming_one_base_blame_the_later_declaration()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Fixed(0x0906_0000, 0x1000)|}] Rtc,
                [Fixed({|#0:0x0906_0000|}, 0x1000)] Gpio,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Gpio' [0x0906_0000, 0x0906_0FFF] overlaps 'Rtc' [0x0906_0000, 0x0906_0FFF] by 0x1000 bytes"));
    }

    [Fact]
    public Task Adjacent_regions_are_never_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0000_0000, 0x0800_0000)] Flash,
                [Fixed(0x0800_0000, 0x0002_0000)] Gic,
                [Fixed(0x0802_0000, 1)] One,
                [Fixed(0x0802_0001, 1)] Two,
                [Fixed(0xFFFF_FFFF_FFFF_F000, 0x1000)] Top,
                [Fixed(0xFFFF_FFFF_FFFF_E000, 0x1000)] BelowTop,
            }
            """;
        return Analyze.VerifyAsync(source);
    }

    [Fact]
    public Task Regions_ending_exactly_at_2_to_the_64_overlap_correctly()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x8000_0000_0000_0000, {|#0:0x8000_0000_0000_0000|})] UpperHalf,
                [Fixed(0xFFFF_FFFF_FFFF_F000, 0x1000)] Top,
                [{|#1:Fixed(0xFFFF_FFFF_FFFF_0000, 0x1000)|}] NearTop,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'UpperHalf' [0x8000_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFFF] overlaps 'NearTop' [0xFFFF_FFFF_FFFF_0000, 0xFFFF_FFFF_FFFF_0FFF] by 0x1000 bytes and runs over 1 more region"));
    }

    [Fact]
    public Task Two_full_address_spaces_overlap_by_2_to_the_64()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Fixed(0, 0xFFFF_FFFF_FFFF_FFFF)|}] A,
                [Fixed({|#0:0|}, 0xFFFF_FFFF_FFFF_FFFF)] B,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'B' [0x0000_0000, 0xFFFF_FFFF_FFFF_FFFE] overlaps 'A' [0x0000_0000, 0xFFFF_FFFF_FFFF_FFFE] by 0xFFFF_FFFF_FFFF_FFFF bytes"));
    }

    [Fact]
    public Task A_container_and_its_descendants_are_not_overlaps_and_nor_are_regions_in_different_containers()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0800_0000, 0x0002_0000)] CpuPeriphs,
                [Fixed(0x0800_0000, 0x0001_0000, Within = CpuPeriphs)] GicDist,
                [Fixed(0x0800_0000, 0x1000, Within = GicDist)] GicDistFrame,
                [Fixed(0x0801_0000, 0x0001_0000, Within = CpuPeriphs)] GicCpu,
                [Fixed(0x0900_0000, 0x0002_0000)] Other,
                [Fixed(0x0900_0000, 0x0001_0000, Within = Other)] OtherChild,
            }
            """;
        return Analyze.VerifyAsync(source);
    }

    [Fact]
    public Task Named_constructor_arguments_are_located_by_name()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Fixed(size: 0x2000, @base: 0x1000)|}] A,
                [Fixed(size: 0x1000, {|#0:@base: 0x2000|})] B,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'B' [0x0000_2000, 0x0000_2FFF] overlaps 'A' [0x0000_1000, 0x0000_2FFF] by 0x1000 bytes"));
    }
}
