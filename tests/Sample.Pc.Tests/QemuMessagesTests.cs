using MemmapGen.Testing.QemuPc;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>QEMU's texts, checked against the port's, which reproduces QEMU's vectors word for word.</summary>
public sealed class QemuMessagesTests
{
    private const ulong GiB = 1UL << 30;

    [Fact]
    public void Limit_too_large() =>
        Assert.Equal(
            Port(new PcInput { Machine = PcMachine.Pc, CpuVendor = CpuVendor.Amd, PhysBits = 48, RamSize = 4 * GiB, MaxRamSize = 4 * GiB, MaxRamBelow4G = 4 * GiB + 1 }),
            QemuMessages.LimitTooLarge(4 * GiB + 1));

    [Fact]
    public void Address_past_width()
    {
        // q35 979 GiB AMD relocates to 1 TiB and needs 41 bits.
        var error = Port(new PcInput { Machine = PcMachine.Q35, CpuVendor = CpuVendor.Amd, PhysBits = 40, RamSize = 979 * GiB, MaxRamSize = 979 * GiB });
        Assert.Equal("Address space limit 0xffffffffff < 0x1fc3fffffff phys-bits too low (40)", error);
        Assert.Equal(error, QemuMessages.AddressPastWidth(0xff_ffff_ffff, 0x1fc_3fff_ffff, 40));
    }

    [Fact]
    public void Too_many_slots() =>
        Assert.Equal(
            Port(new PcInput { Machine = PcMachine.Q35, CpuVendor = CpuVendor.Intel, PhysBits = 48, RamSize = 4 * GiB, MaxRamSize = 8 * GiB, RamSlots = 257 }),
            QemuMessages.TooManySlots(257));

    [Fact]
    public void Max_ram_not_aligned() =>
        Assert.Equal(
            Port(new PcInput { Machine = PcMachine.Pc, CpuVendor = CpuVendor.Intel, PhysBits = 48, RamSize = 4 * GiB, MaxRamSize = 8 * GiB + 1, RamSlots = 1 }),
            QemuMessages.MaxRamNotAligned(4096));

    [Fact]
    public void Memory_overflow() =>
        Assert.Equal(
            Port(new PcInput { Machine = PcMachine.Pc, CpuVendor = CpuVendor.Amd, PhysBits = 52, RamSize = 4 * GiB, MaxRamSize = 0xffff_ffff_ffff_f000, RamSlots = 1 }),
            QemuMessages.MemoryOverflow(0xffff_ffff_ffff_f000));

    [Fact]
    public void Gap_closed_past_and_at_the_ioapic()
    {
        var past = new PcInput { Machine = PcMachine.Pc, CpuVendor = CpuVendor.Amd, PhysBits = 48, RamSize = 8 * GiB, MaxRamSize = 8 * GiB, MaxRamBelow4G = 4 * GiB, GigabyteAlign = false };
        Assert.Equal(Port(past), QemuMessages.GapClosed(4 * GiB, 0xFEC0_0000));

        var at = past with { RamSize = 0xFEC0_0000, MaxRamSize = 0xFEC0_0000, GigabyteAlign = true };
        Assert.Equal(Port(at), QemuMessages.GapClosed(0xFEC0_0000, 0xFEC0_0000));
        Assert.Equal("assertion failed: !range_is_empty(range)", Port(at));
    }

    private static string? Port(PcInput input) => QemuPcPort.Run(input).Error;
}
