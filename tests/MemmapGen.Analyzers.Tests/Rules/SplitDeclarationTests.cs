using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0032-MMG0035: how a map that splits RAM into banks is written.</summary>
public sealed class SplitDeclarationTests
{
    [Fact]
    public Task A_ram_block_in_a_map_with_banks_is_reported_on_the_ram_block()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#0:Ram(0)|}] Mem,
                [{|#1:RamBank(0x1000)|}] Bank,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0032").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Mem' declares a RAM block in a map with RAM banks ('Bank'); the banks are planned and 'Mem' is not"));
    }

    [Fact]
    public Task References_to_no_other_member_are_reported_on_the_argument()
    {
        const string source = """
            public enum NotAMap { X }

            [MemoryMap]
            public enum Board
            {
                [RamBank(0, Limit = 2 * GiB, {|#0:RelocatePast = Low|})] Low,
                [RamBank(4 * GiB, {|#1:RelocatePast = 7|})] High,
                [Fixed(0xFEC0_0000, 0x1000)] IoApic,
                [Gap({|#2:After = NotAMap.X|}, Before = IoApic)] Hole,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0033").WithLocation(0).WithMessage("'RelocatePast' of region 'Low' does not name another member of 'Board'"),
            Analyze.Diagnostic("MMG0033").WithLocation(1).WithMessage("'RelocatePast' of region 'High' does not name another member of 'Board'"),
            Analyze.Diagnostic("MMG0033").WithLocation(2).WithMessage("'After' of region 'Hole' does not name another member of 'Board'"));
    }

    [Fact]
    public Task References_to_the_wrong_kind_are_reported_on_the_argument()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [RamBank(0, Limit = 2 * GiB)] {|#5:Low|},
                [RamBank(4 * GiB, {|#0:RelocatePast = IoApic|})] High,
                [Fixed(0xFEC0_0000, 0x1000)] {|#1:IoApic|},
                [Gap({|#2:After = IoApic|}, {|#3:Before = Low|})] Hole,
                [Reserved(0xC000_0000, 0x1000)] {|#6:Ht|},
                [Gap(After = Low, {|#4:Before = Ht|})] Hole2,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0034").WithLocation(0).WithLocation(1)
                .WithMessage("'RelocatePast' of region 'High' names 'IoApic', a fixed region; it must name a reserved window"),
            Analyze.Diagnostic("MMG0034").WithLocation(2).WithLocation(1)
                .WithMessage("'After' of region 'Hole' names 'IoApic', a fixed region; it must name a RAM bank"),
            Analyze.Diagnostic("MMG0034").WithLocation(3).WithLocation(5)
                .WithMessage("'Before' of region 'Hole' names 'Low', a RAM bank; it must name a fixed region"),
            Analyze.Diagnostic("MMG0034").WithLocation(4).WithLocation(6)
                .WithMessage("'Before' of region 'Hole2' names 'Ht', a reserved window; it must name a fixed region"));
    }

    [Fact]
    public Task A_bank_before_the_last_without_a_limit_is_reported_on_its_attribute()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#0:RamBank(0)|}] Low,
                [RamBank(0x8000_0000, Limit = 1 * GiB)] Mid,
                [RamBank(4 * GiB)] High,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0035").WithLocation(0).WithMessage("Bank 'Low' is followed by bank 'Mid' but has no 'Limit'; it would hold no RAM"));
    }

    [Fact]
    public Task A_reference_that_names_nothing_is_one_diagnostic_not_two()
    {
        // The gap's After is present but unusable: MMG0033 says so, and MMG0023 does not repeat it.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [RamBank(0, Limit = 2 * GiB)] Low,
                [RamBank(4 * GiB)] High,
                [Fixed(0xFEC0_0000, 0x1000)] IoApic,
                [Gap({|#0:After = 9|}, Before = IoApic)] Hole,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0033").WithLocation(0).WithMessage("'After' of region 'Hole' does not name another member of 'Board'"));
    }
}
