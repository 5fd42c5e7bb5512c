using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0010, MMG0036 and MMG0037 on banks and windows: values that are mistakes whatever the plan.</summary>
public sealed class SplitValueTests
{
    [Fact]
    public Task A_limit_above_max_limit_is_reported_on_the_limit_but_not_on_the_last_bank()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [RamBank(0, {|#0:Limit = 0xF000_0000|}, {|#1:MaxLimit = 0xE000_0000|})] Low,
                [RamBank(4 * GiB, Limit = 8 * GiB, MaxLimit = 1 * GiB)] High,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0036").WithLocation(0).WithLocation(1)
                .WithMessage("Limit 0xF000_0000 of bank 'Low' is above its MaxLimit 0xE000_0000; every plan that keeps the declared limit fails"));
    }

    [Fact]
    public Task A_large_ram_limit_that_never_caps_is_a_warning_on_the_argument()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [RamBank(0, Limit = 0xE000_0000, MaxLimit = 4 * GiB, {|#0:LargeRamLimit = 4 * GiB|})] Low,
                [RamBank(0x1_0000_0000, Limit = 1 * GiB, LargeRamLimit = 8 * GiB)] Mid,
                [RamBank(0x2_0000_0000, {|#1:LargeRamLimit = 1 * GiB|})] High,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0037").WithLocation(0)
                .WithMessage("LargeRamLimit 0x1_0000_0000 of bank 'Low' never lowers the bank's limit: it is not below MaxLimit 0x1_0000_0000"),
            Analyze.Diagnostic("MMG0037").WithLocation(1)
                .WithMessage("LargeRamLimit 0x4000_0000 of bank 'High' never lowers the bank's limit: the last bank takes the rest of RAM and has no limit"));
    }

    [Fact]
    public Task Bank_and_window_alignments_must_be_powers_of_two_but_max_ram_alignment_need_not()
    {
        // MaxRamAlignment is tested with a remainder (QEMU's QEMU_IS_ALIGNED), so 3 MiB is a valid choice.
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [RamBank(0, {|#0:DeviceMemoryAlignment = 0x3000_0000|}, MaxRamAlignment = 3 * MiB)] Ram,
                [Window(2 * GiB, {|#1:Alignment = 0x3000|})] Hole64,
                [Window(0, Alignment = 1 * GiB)] Empty,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0010").WithLocation(1).WithMessage("Alignment 0x0000_3000 of region 'Hole64' is not a power of two"),
            Analyze.Diagnostic("MMG0010").WithLocation(0).WithMessage("DeviceMemoryAlignment 0x3000_0000 of region 'Ram' is not a power of two"));
    }
}
