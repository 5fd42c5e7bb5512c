using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0006-MMG0011 and MMG0022: sizes, the ends of the address space, alignment, floating regions.</summary>
public sealed class SizeAndAlignmentTests
{
    [Fact]
    public Task Zero_sizes_are_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x1000, {|#0:0|})] Empty,
                [Floating({|#1:0|})] Nothing,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0006").WithLocation(0).WithMessage("Region 'Empty' has zero size"),
            Analyze.Diagnostic("MMG0006").WithLocation(1).WithMessage("Region 'Nothing' has zero size"));
    }

    [Fact]
    public Task Ending_past_2_to_the_64_is_reported_but_ending_exactly_there_is_not()
    {
        const string source = """
            [MemoryMap]
            public enum A { [Fixed(0xFFFF_FFFF_FFFF_0000, 0x1_0000)] EndsAtTop }

            [MemoryMap]
            public enum B { [Fixed(0xFFFF_FFFF_FFFF_F000, {|#0:0x2000|})] PastTop }

            [MemoryMap]
            public enum C { [Ram(0x1000, {|#1:LegacyLimit = 0xFFFF_FFFF_FFFF_FFFF|})] Mem }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0007").WithLocation(0).WithMessage("Region 'PastTop' at 0xFFFF_FFFF_FFFF_F000 with size 0x0000_2000 ends past 2^64 by 0x1000 bytes"),
            Analyze.Diagnostic("MMG0007").WithLocation(1).WithMessage("Region 'Mem' at 0x0000_1000 with size 0xFFFF_FFFF_FFFF_FFFF ends past 2^64 by 0xFFF bytes"));
    }

    [Fact]
    public Task Regions_past_the_declared_address_width_are_reported()
    {
        const string source = """
            [MemoryMap(AddressBits = 40)]
            public enum Board
            {
                [Fixed(0xFF_FFFF_E000, 0x1000)] LastPage,
                [Fixed(0xFF_FFFF_F000, {|#0:0x2000|})] Straddles,
                [Fixed({|#1:0x100_0001_0000|}, 0x1000)] Beyond,
                [Fixed(0x100_0001_0000, 0x1000, Within = Beyond)] BeyondChild,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0008").WithLocation(0).WithMessage("Region 'Straddles' [0xFF_FFFF_F000, 0x100_0000_0FFF] lies past the map's 40-bit address space, which ends at 0xFF_FFFF_FFFF"),
            Analyze.Diagnostic("MMG0008").WithLocation(1).WithMessage("Region 'Beyond' [0x100_0001_0000, 0x100_0001_0FFF] lies past the map's 40-bit address space, which ends at 0xFF_FFFF_FFFF"));
    }

    [Fact]
    public Task Misaligned_base_is_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0801_0000, 0x1_0000, Alignment = 0x1_0000)] Aligned,
                [Fixed({|#0:0x0802_1000|}, 0x1_0000, Alignment = 0x1_0000)] Misaligned,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0009").WithLocation(0).WithMessage("Base 0x0802_1000 of region 'Misaligned' is not aligned to its declared alignment 0x1_0000 (64 KiB)"));
    }

    [Fact]
    public Task Alignments_that_are_not_powers_of_two_are_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x3000, 0x1000, {|#0:Alignment = 0x3000|})] A,
                [Floating(0x1000, {|#1:Alignment = 6|})] B,
                [Ram(1 * GiB, {|#2:DeviceMemoryAlignment = 3 * GiB|})] Mem,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0010").WithLocation(0).WithMessage("Alignment 0x0000_3000 of region 'A' is not a power of two"),
            Analyze.Diagnostic("MMG0010").WithLocation(1).WithMessage("Alignment 0x0000_0006 of region 'B' is not a power of two"),
            Analyze.Diagnostic("MMG0010").WithLocation(2).WithMessage("DeviceMemoryAlignment 0xC000_0000 of region 'Mem' is not a power of two"));
    }

    [Fact]
    public Task Floating_size_that_is_not_a_power_of_two_is_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Floating({|#0:96 * MiB|})] Odd,
                [Floating(64 * MiB)] Even,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0011").WithLocation(0).WithMessage("Size 0x0600_0000 of floating region 'Odd' is not a power of two"));
    }

    [Fact]
    public Task Floating_region_that_can_never_fit_is_a_warning()
    {
        const string source = """
            [MemoryMap(AddressBits = 40)]
            public enum Board
            {
                [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem,
                [Floating(256 * MiB)] Ecam,
                [Floating({|#0:1 * TiB|})] Mmio,
                [Floating({|#1:2 * TiB|})] Huge,
                [Floating(4 * KiB, {|#2:Alignment = 4 * TiB|})] OverAligned,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0022").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithMessage("Floating region 'Mmio' (1 TiB, aligned to 1 TiB) can never fit below 2^40: the lowest base the planner could give it is 0x100_0000_0000"),
            Analyze.Diagnostic("MMG0022").WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithMessage("Floating region 'Huge' (2 TiB, aligned to 2 TiB) can never fit below 2^40: the lowest base the planner could give it is 0x200_0000_0000"),
            Analyze.Diagnostic("MMG0022").WithLocation(2).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithMessage("Floating region 'OverAligned' (4 KiB, aligned to 4 TiB) can never fit below 2^40: the lowest base the planner could give it is 0x400_0000_0000"));
    }

    [Fact]
    public Task Qemu_floating_regions_fit_a_48_bit_space()
    {
        const string source = """
            [MemoryMap(AddressBits = 48)]
            public enum Board
            {
                [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem,
                [Floating(64 * MiB)] Redist,
                [Floating(256 * MiB)] Ecam,
                [Floating(512 * GiB, Resizable = true)] Mmio,
            }
            """;
        return Analyze.VerifyAsync(source);
    }
}
