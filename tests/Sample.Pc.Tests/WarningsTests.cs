using System.Collections.Generic;
using System.Linq;
using MemmapGen.Testing.QemuPc;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>The sample's warnings against the port's, over RAM sizes and limits around every threshold.</summary>
public sealed class WarningsTests
{
    private const ulong MiB = 1UL << 20;
    private const ulong GiB = 1UL << 30;

    private static readonly ulong[] s_ramSizes =
        [128 * MiB, 512 * MiB, 1 * GiB, 2 * GiB, 2816 * MiB, 3 * GiB, 3328 * MiB, 3584 * MiB, 3840 * MiB, 4 * GiB, 8 * GiB, 1010 * GiB];

    private static readonly ulong?[] s_limits =
        [null, 0, 512 * 1024, MiB - 1, MiB, GiB, 1536 * MiB, 2 * GiB, 0xC000_0001, 3 * GiB, 0xD000_0000, 0xE000_0000, 0xF000_0000, 4 * GiB, 4 * GiB + 1, 5 * GiB];

    public static IEnumerable<object[]> Machines() => [["pc"], ["q35"]];

    [Theory]
    [MemberData(nameof(Machines))]
    public void Agree_with_the_port(string machine)
    {
        var cases = 0;
        foreach (var ram in s_ramSizes)
        {
            foreach (var limit in s_limits)
            {
                foreach (var gigabyteAlign in new[] { true, false })
                {
                    var config = new MachineConfig
                    {
                        Machine = MachineType.Find(machine)!,
                        RamSize = ram,
                        MaxRamSize = ram,
                        MaxRamBelow4G = limit,
                        GigabyteAlign = gigabyteAlign,
                    };
                    Assert.Equal(QemuPcPort.Run(PortPlanner.ToInput(config)).Warnings, Warnings.For(config));
                    cases += Warnings.For(config).Count > 0 ? 1 : 0;
                }
            }
        }

        Assert.True(cases > 10, "the grid reaches the warnings");
    }

    [Fact]
    public void Texts_are_qemus()
    {
        var pc = new MachineConfig { RamSize = 8 * GiB, MaxRamSize = 8 * GiB, MaxRamBelow4G = 0x6000_0000 };
        Assert.Equal(["Large machine and max_ram_below_4g (1610612736) not a multiple of 1G; possible bad performance."], Warnings.For(pc));

        var q35 = pc with { Machine = MachineType.Q35, MaxRamBelow4G = 512 * 1024 };
        Assert.Equal(
            [
                "Only 524288 bytes of RAM below the 4GiB boundary,BIOS may not work with less than 1MiB",
                "There is possibly poor performance as the ram size  (0x200000000) is more then twice the size of max-ram-below-4g (524288) and max-ram-below-4g is not a multiple of 1G.",
            ],
            Warnings.For(q35));

        // Above 4G the setter fails before anything warns.
        Assert.Empty(Warnings.For(q35 with { MaxRamBelow4G = 512 * 1024 + 4 * GiB }));
        Assert.Empty(Warnings.For(new MachineConfig()));
        Assert.Empty(Warnings.For(pc with { GigabyteAlign = false }));
    }

    [Fact]
    public void Main_block_rows_do_not_warn() =>
        Assert.All(PcVectorFile.Read(PcVectorFile.DefaultPath).Where((_, i) => i % 50 == 0), r => Assert.Empty(r.Expected.Warnings));
}
