using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0040 and MMG0041: relocation windows and gaps that cannot work whatever the plan.</summary>
public sealed class SplitRelocationTests
{
    [Fact]
    public Task A_window_ending_past_the_address_width_is_reported_on_relocate_past()
    {
        const string source = """
            [MemoryMap(AddressBits = 40)]
            public enum Board
            {
                [RamBank(4 * GiB, {|#0:RelocatePast = Ht|})] High,
                [{|#1:Reserved(0xFD_0000_0000, 12 * GiB)|}] Ht,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0040").WithLocation(0).WithLocation(1)
                .WithMessage("Bank 'High' at 0x1_0000_0000 relocates past 'Ht' [0xFD_0000_0000, 0xFF_FFFF_FFFF], whose end is past the map's 40-bit address width: a relocated bank never fits, so RAM can never avoid the window"));
    }

    [Fact]
    public Task A_window_holding_or_below_the_bank_base_is_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [RamBank(4 * GiB, {|#1:RelocatePast = Holds|})] High,
                [{|#2:Reserved(0x8000_0000, 0x1_0000_0000)|}] Holds,
            }

            [MemoryMap]
            public enum Other
            {
                [RamBank(8 * GiB, {|#0:RelocatePast = Below|})] Ram,
                [{|#3:Reserved(0x4000_0000, 0x1000)|}] Below,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0040").WithLocation(1).WithLocation(2)
                .WithMessage("Bank 'High' at 0x1_0000_0000 relocates past 'Holds' [0x8000_0000, 0x1_7FFF_FFFF], which holds the bank's base: while the window is active the bank can never stay at its base"),
            Analyze.Diagnostic("MMG0040").WithLocation(0).WithLocation(3)
                .WithMessage("Bank 'Ram' at 0x2_0000_0000 relocates past 'Below' [0x4000_0000, 0x4000_0FFF], which lies below the bank's base: relocating would move the bank down"));
    }

    [Fact]
    public Task A_gap_ending_at_or_below_its_bank_is_reported_on_before()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [RamBank(0, Limit = 0xE000_0000)] Low,
                [{|#1:RamBank(4 * GiB)|}] High,
                [Fixed(0xFEC0_0000, 0x1000)] IoApic,
                [Gap(After = Low, Before = IoApic)] PciHole,
                [Gap(After = High, {|#0:Before = IoApic|})] Wrong,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0041").WithLocation(0).WithLocation(1)
                .WithMessage("Gap 'Wrong' ends at 'IoApic' [0xFEC0_0000, 0xFEC0_0FFF], which is not above the base 0x1_0000_0000 of bank 'High'; every plan fails with GapClosed"));
    }
}
