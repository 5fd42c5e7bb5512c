using System.Reflection;
using MemmapGen.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Tests.SplitRam;

/// <summary>
/// <c>LargeRamLimitOptional = false</c>: the bank's large-RAM cap has no plan option and applies in every plan (QEMU
/// q35, whose split has no <c>gigabyte_align</c>); the default keeps the option (QEMU pc).
/// </summary>
public sealed class LargeRamLimitOptionalTests
{
    private static string Map(string optional) => Maps.Usings + $$"""
        namespace Boards;

        [MemoryMap(TypeName = "CapMap", AddressBits = 40)]
        public enum CapRegion
        {
            [RamBank(0, Limit = 4 * GiB, MaxLimit = 4 * GiB, LargeRamFrom = 0xB000_0000, LargeRamLimit = 2 * GiB{{optional}})] Low,
            [RamBank(4 * GiB)] High,
        }
        """;

    [Fact]
    public void A_cap_that_always_applies_has_no_option_and_no_condition_on_one()
    {
        var result = GeneratorHarness.Run(Map(", LargeRamLimitOptional = false"));
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.GeneratedCodeDiagnostics);
        var text = result.Source("CapRegion.Memmap.g.cs");
        Assert.DoesNotContain("LowLargeRamLimit", text);
        Assert.Contains("if (ramSize >= 0xB000_0000UL && limit0 > 0x8000_0000UL)", text);
    }

    [Fact]
    public void The_default_keeps_the_option_the_planner_reads()
    {
        var text = GeneratorHarness.Run(Map(string.Empty)).Source("CapRegion.Memmap.g.cs");
        Assert.Contains("public bool? LowLargeRamLimit { get; set; }", text);
        Assert.Contains("if ((options.LowLargeRamLimit ?? true) && ramSize >= 0xB000_0000UL && limit0 > 0x8000_0000UL)", text);
    }

    [Theory]
    [InlineData(0xA000_0000UL, "0-9fffffff,100000000-ffffffff")]
    [InlineData(0xB000_0000UL, "0-7fffffff,100000000-12fffffff")]
    [InlineData(0x1_0000_0000UL, "0-7fffffff,100000000-17fffffff")]
    public void Plans_cap_the_bank_from_LargeRamFrom_on(ulong ramSize, string banks)
    {
        const string probe = """
            public static class Probe
            {
                public static string Run(ulong ramSize)
                {
                    var l = Boards.CapMap.Plan(new Boards.CapMap.PlanOptions { RamSize = ramSize });
                    return $"{l.Low.Base:x}-{l.Low.Last:x},{l.High.Base:x}-{l.High.Last:x}";
                }
            }
            """;
        var assembly = GeneratorHarness.Run(Map(", LargeRamLimitOptional = false"), probe).Load();
        var run = assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        Assert.Equal(banks, (string)run.Invoke(null, new object[] { ramSize })!);
    }
}
