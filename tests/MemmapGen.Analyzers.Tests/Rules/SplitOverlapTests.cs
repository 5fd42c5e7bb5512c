using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0038 and MMG0039: where banks can hold RAM, against each other and against fixed and reserved regions.</summary>
public sealed class SplitOverlapTests
{
    [Fact]
    public Task Banks_whose_reaches_overlap_are_reported_on_the_later_base()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:RamBank(0, Limit = 2 * GiB, MaxLimit = 3 * GiB)|}] Low,
                [RamBank({|#0:0x8000_0000|})] High,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0038").WithLocation(0).WithLocation(1)
                .WithMessage("Bank 'High' can hold RAM in [0x8000_0000, 0xFFFF_FFFF_FFFF_FFFF], which overlaps [0x0000_0000, 0xBFFF_FFFF], where bank 'Low' can hold RAM"));
    }

    [Fact]
    public Task A_gap_bounds_the_reach_of_a_bank_whose_max_limit_passes_the_region()
    {
        // QEMU's shape: the low bank may be configured up to 4 GiB, but a plan fails before it reaches the IOAPIC.
        const string source = """
            [MemoryMap(AddressBits = 52)]
            public enum Board
            {
                [RamBank(0, Limit = 0xE000_0000, MaxLimit = 4 * GiB)] Low,
                [RamBank(4 * GiB)] High,
                [Gap(After = Low, Before = IoApic)] Hole,
                [Fixed(0xFEC0_0000, 0x1000)] IoApic,
            }
            """;
        return Analyze.VerifyAsync(source);
    }

    [Fact]
    public Task Without_the_gap_the_same_bank_reaches_the_ioapic()
    {
        const string source = """
            [MemoryMap(AddressBits = 52)]
            public enum Board
            {
                [{|#1:RamBank(0, Limit = 0xE000_0000, MaxLimit = 4 * GiB)|}] Low,
                [RamBank(4 * GiB)] High,
                [Fixed({|#0:0xFEC0_0000|}, 0x1000)] IoApic,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0039").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'IoApic' [0xFEC0_0000, 0xFEC0_0FFF] lies where bank 'Low' can hold RAM, [0x0000_0000, 0xFFFF_FFFF]; with RamSize = 0xFEC0_0001, PhysAddrBits = 32, LowLimit = 0x1_0000_0000 the plan puts 'Low' at [0x0000_0000, 0xFEC0_0000]"));
    }

    [Fact]
    public Task A_large_ram_limit_that_always_applies_bounds_the_reach()
    {
        // Q35's shape: below 0xB000_0000 of RAM the bank holds less than that, from it on at most 2 GiB; no plan can
        // switch the cap off, so MMCONFIG at 0xB000_0000 is out of reach.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:RamBank(0, Limit = 4 * GiB, MaxLimit = 4 * GiB, LargeRamFrom = 0xB000_0000, LargeRamLimit = 2 * GiB,
                         LargeRamLimitOptional = false)|}] Low,
                [RamBank(4 * GiB)] High,
                [Fixed(0xB000_0000, 256 * MiB)] MmConfig,
                [Fixed({|#0:0xA000_0000|}, 0x1000)] Inside,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0039").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Inside' [0xA000_0000, 0xA000_0FFF] lies where bank 'Low' can hold RAM, [0x0000_0000, 0xAFFF_FFFE]; with RamSize = 0xA000_0001, PhysAddrBits = 32 the plan puts 'Low' at [0x0000_0000, 0xA000_0000]"));
    }

    [Fact]
    public Task A_large_ram_limit_that_plans_may_switch_off_bounds_nothing()
    {
        // The same bank with the default LargeRamLimitOptional: a plan with LowLargeRamLimit = false and 4 GiB of RAM
        // succeeds with the bank at [0, 4 GiB), over MMCONFIG.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:RamBank(0, Limit = 4 * GiB, MaxLimit = 4 * GiB, LargeRamFrom = 0xB000_0000, LargeRamLimit = 2 * GiB)|}] Low,
                [RamBank(4 * GiB)] High,
                [Fixed({|#0:0xB000_0000|}, 256 * MiB)] MmConfig,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0039").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'MmConfig' [0xB000_0000, 0xBFFF_FFFF] lies where bank 'Low' can hold RAM, [0x0000_0000, 0xFFFF_FFFF]; with RamSize = 0xB000_0001, PhysAddrBits = 32, LowLargeRamLimit = false the plan puts 'Low' at [0x0000_0000, 0xB000_0000]"));
    }

    [Fact]
    public Task A_cap_that_always_applies_keeps_the_region_above_it_silent()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [RamBank(0, Limit = 4 * GiB, MaxLimit = 4 * GiB, LargeRamFrom = 0xB000_0000, LargeRamLimit = 2 * GiB,
                         LargeRamLimitOptional = false)] Low,
                [RamBank(4 * GiB)] High,
                [Fixed(0xB000_0000, 256 * MiB)] MmConfig,
            }
            """;
        return Analyze.VerifyAsync(source);
    }

    [Fact]
    public Task Above_the_last_bank_only_the_window_it_relocates_past_is_allowed()
    {
        const string source = """
            [MemoryMap(AddressBits = 52)]
            public enum Board
            {
                [RamBank(0, Limit = 3 * GiB)] Low,
                [{|#2:RamBank(4 * GiB, RelocatePast = Ht)|}] High,
                [Reserved(0xFD_0000_0000, 12 * GiB)] Ht,
                [Reserved({|#0:0xFE_0000_0000|}, 1 * GiB)] Other,
                [Fixed(0x10_0000_0000, 0x1000, Within = Box)] Child,
                [Fixed({|#1:0x10_0000_0000|}, 0x1_0000)] Box,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0039").WithLocation(0).WithLocation(2)
                .WithMessage("Region 'Other' [0xFE_0000_0000, 0xFE_3FFF_FFFF] lies where bank 'High' can hold RAM, [0x1_0000_0000, 0xF_FFFF_FFFF_FFFF]; with RamSize = 0x0000_0000, MaxRamSize = 0xFD_0000_0001, PhysAddrBits = 40, AvoidOther = true the plan puts device memory at [0x1_0000_0000, 0xFE_0000_0000]"),
            Analyze.Diagnostic("MMG0039").WithLocation(1).WithLocation(2)
                .WithMessage("Region 'Box' [0x10_0000_0000, 0x10_0000_FFFF] lies where bank 'High' can hold RAM, [0x1_0000_0000, 0xF_FFFF_FFFF_FFFF]; with RamSize = 0x0000_0000, MaxRamSize = 0xF_0000_0001, PhysAddrBits = 37 the plan puts device memory at [0x1_0000_0000, 0x10_0000_0000]"));
    }

    [Fact]
    public Task A_relocated_bank_reaches_past_its_window()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:RamBank(0, Limit = 2 * GiB, RelocatePast = Hole)|}] Low,
                [Reserved(0x4000_0000, 0x4000_0000)] Hole,
                [Fixed({|#0:0xF000_0000|}, 0x1000)] Device,
                [{|#2:RamBank(0x1_0000_0000)|}] High,
            }
            """;

        // The plan proof also finds what the reach leaves out: a limit of up to 4 GiB (the room to 'High' from the
        // base) is accepted for the moved bank too, which then runs into 'High' and past 32 bits.
        const string witness = "RamSize = 0x1_0000_0001, PhysAddrBits = 33, AvoidHole = true, LowLimit = 0x1_0000_0000";
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0043").WithLocation(1)
                .WithMessage("'Low' can end past the physical-address width without an error: with RamSize = 0x8000_0001, PhysAddrBits = 32, AvoidHole = true, LowLimit = 0x1_0000_0000 the plan puts it at [0x8000_0000, 0x1_0000_0000], past 0xFFFF_FFFF, the last address of 32 bits"),
            Analyze.Diagnostic("MMG0039").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Device' [0xF000_0000, 0xF000_0FFF] lies where bank 'Low' can hold RAM, [0x8000_0000, 0xFFFF_FFFF]; with RamSize = 0x7000_0001, PhysAddrBits = 32, AvoidHole = true the plan puts 'Low' at [0x8000_0000, 0xF000_0000]"),
            Analyze.Diagnostic("MMG0042").WithLocation(2).WithLocation(1)
                .WithMessage("'High' can overlap 'Low': with " + witness + " the plan puts 'High' at [0x1_0000_0000, 0x1_0000_0000] and 'Low' at [0x8000_0000, 0x1_7FFF_FFFF]"),
            Analyze.Diagnostic("MMG0042").WithLocation(2).WithLocation(1)
                .WithMessage("device memory can overlap 'Low': with RamSize = 0x8000_0001, MaxRamSize = 0x8000_0002, PhysAddrBits = 33, AvoidHole = true, LowLimit = 0x1_0000_0000 the plan puts device memory at [0x1_0000_0000, 0x1_0000_0000] and 'Low' at [0x8000_0000, 0x1_0000_0000]"));
    }
}
