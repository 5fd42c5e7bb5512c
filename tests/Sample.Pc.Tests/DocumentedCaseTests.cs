using System.Globalization;
using MemmapGen.Testing.QemuPc;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>
/// Inputs outside the vector file's main block, with the figures the x86 design note (qemu-pc-1tb-hole.md) and the
/// vectors' README (README-qemu-pc.md) state or derive. No main row warns, so the warning texts are checked against
/// QEMU's source at the same commit.
/// </summary>
public sealed class DocumentedCaseTests
{
    private const ulong MiB = 1UL << 20;
    private const ulong GiB = 1UL << 30;
    private const ulong TiB = 1UL << 40;
    private const ulong AmdHtStart = 0xfd00000000;

    [Fact]
    public void Q35_relocates_once_ram_exceeds_978_GiB()
    {
        var at = Run(Amd(PcMachine.Q35, 978 * GiB));
        Assert.False(at.RelocatedTo1Tb);
        Assert.Equal(4 * GiB, at.Above4GMemStart);
        Assert.Equal(AmdHtStart, at.PciHole64End); // the hole ends exactly at the HT range
        Assert.Equal(AmdHtStart - 1, at.MaxUsedGpa);

        var above = Run(Amd(PcMachine.Q35, 978 * GiB + MiB));
        Assert.True(above.RelocatedTo1Tb);
        Assert.Equal(1 * TiB, above.RamAbove4GBase);
    }

    [Fact]
    public void Pc_relocates_once_ram_exceeds_1009_GiB()
    {
        var at = Run(Amd(PcMachine.Pc, 1009 * GiB));
        Assert.False(at.RelocatedTo1Tb);
        Assert.Equal(3 * GiB, at.Below4GMemSize);
        Assert.Equal(AmdHtStart, at.PciHole64End);

        var above = Run(Amd(PcMachine.Pc, 1009 * GiB + MiB));
        Assert.True(above.RelocatedTo1Tb);
        Assert.Equal(1 * TiB, above.RamAbove4GBase);
    }

    [Fact]
    public void Pc_without_gigabyte_align_relocates_only_half_a_GiB_earlier()
    {
        // 3.5 GiB below 4G puts 0.5 GiB more above it, but the hole64 start is rounded up to 1 GiB, so 1009 GiB
        // (in the main block) still stays below the HT range; the threshold is 1009.5 GiB, not lower.
        var input = Amd(PcMachine.Pc, 1009 * GiB + 512 * MiB) with { GigabyteAlign = false };
        var at = Run(input);
        Assert.Equal(0xe0000000UL, at.Below4GMemSize);
        Assert.False(at.RelocatedTo1Tb);
        Assert.Equal(AmdHtStart, at.PciHole64End);
        Assert.True(Run(input with { RamSize = input.RamSize + MiB, MaxRamSize = input.RamSize + MiB }).RelocatedTo1Tb);
    }

    [Theory]
    [InlineData(PcMachine.Q35, 1010)]
    [InlineData(PcMachine.Pc, 1011)]
    public void Zero_hole64_size_moves_the_threshold(PcMachine machine, ulong thresholdGiB)
    {
        Assert.False(Run(Amd(machine, thresholdGiB * GiB) with { PciHole64Size = 0 }).RelocatedTo1Tb);
        Assert.True(Run(Amd(machine, thresholdGiB * GiB + MiB) with { PciHole64Size = 0 }).RelocatedTo1Tb);
    }

    [Fact]
    public void Intel_never_relocates()
    {
        var layout = Run(Amd(PcMachine.Q35, 979 * GiB) with { CpuVendor = CpuVendor.Intel });
        Assert.False(layout.RelocatedTo1Tb);
        Assert.False(layout.E820HtReserved);
    }

    [Fact]
    public void Commit_message_example_maps_ram_above_4g_at_1_TiB()
    {
        // 8504f12945: the alias at pc.ram offset 2 GiB is mapped at 0x100_0000_0000-0x1FF_7FFF_FFFF.
        var layout = Run(Amd(PcMachine.Q35, 1 * TiB));
        Assert.Equal(2 * GiB, layout.Below4GMemSize);
        Assert.Equal(0x100_0000_0000UL, layout.RamAbove4GBase);
        Assert.Equal(0x1FF_7FFF_FFFFUL, layout.RamAbove4GBase + layout.Above4GMemSize - 1);
        Assert.Equal(
            [new E820Entry(AmdHtStart, 12 * GiB, E820Type.Reserved), new E820Entry(0, 2 * GiB, E820Type.Ram), new E820Entry(1 * TiB, 1022 * GiB, E820Type.Ram)],
            layout.E820);
    }

    [Fact]
    public void Relocated_q35_above_994_GiB_needs_42_phys_bits()
    {
        Assert.Null(Run(Amd(PcMachine.Q35, 994 * GiB) with { PhysBits = 41 }).Error);
        var over = Run(Amd(PcMachine.Q35, 994 * GiB + MiB) with { PhysBits = 41 });
        Assert.Equal(TooLow(41, 1 * TiB + 1025 * GiB - 1), over.Error);
    }

    [Theory]
    [InlineData(PcMachine.Pc, null)]
    [InlineData(PcMachine.Q35, 1 * TiB + 1041 * GiB - 1)]
    public void Edge_1009_GiB_with_one_slot_at_41_phys_bits(PcMachine machine, ulong? maxUsedGpa)
    {
        // The README's edge row: relocated, the 2 GiB hotplug region and hole64 must fit under 2 TiB.
        var input = Amd(machine, 1009 * GiB) with { PhysBits = 41, MaxRamSize = 1010 * GiB, RamSlots = 1 };
        var layout = Run(input);
        Assert.Equal(maxUsedGpa is { } gpa ? TooLow(41, gpa) : null, layout.Error);
        if (layout.Error is null)
        {
            Assert.True(layout.RelocatedTo1Tb);
            Assert.Equal(1 * TiB + 1006 * GiB, layout.DeviceMemoryBase);
            Assert.Equal(2 * GiB, layout.DeviceMemorySize);
        }
    }

    [Fact]
    public void Pci_hole64_size_of_1_TiB_relocates_a_4_GiB_q35_guest()
    {
        var layout = Run(Amd(PcMachine.Q35, 4 * GiB) with { PciHole64Size = 1 * TiB });
        Assert.True(layout.RelocatedTo1Tb);
        Assert.Equal(1 * TiB + 2 * GiB, layout.PciHole64Start);
        Assert.Equal(2 * TiB + 2 * GiB, layout.PciHole64End);
        Assert.Equal(2 * TiB + 2 * GiB - 1, layout.MaxUsedGpa);

        var at40 = Run(Amd(PcMachine.Q35, 4 * GiB) with { PciHole64Size = 1 * TiB, PhysBits = 40 });
        Assert.Equal(TooLow(40, 2 * TiB + 2 * GiB - 1), at40.Error);
    }

    [Fact]
    public void Pci_hole64_size_sets_the_guest_visible_end_unless_the_fix_is_off()
    {
        var input = Amd(PcMachine.Pc, 8 * GiB) with { CpuVendor = CpuVendor.Intel, PciHole64Size = 64 * GiB };
        var layout = Run(input);
        Assert.Equal(9 * GiB, layout.PcPciHole64Start);
        Assert.Equal(73 * GiB, layout.PciHole64End);

        // x-pci-hole64-fix=off (2.10 and older): without firmware BARs both properties read 0.
        var unfixed = Run(input with { PciHole64Fix = false });
        Assert.Equal(9 * GiB, unfixed.PcPciHole64Start);
        Assert.Equal(0UL, unfixed.PciHole64Start);
        Assert.Equal(0UL, unfixed.PciHole64End);
    }

    [Theory]
    [InlineData(false, "Address space limit 0xffffffff < 0x27fffffff phys-bits too low (32)")]
    [InlineData(true, null)]
    public void Cpu32_without_hotplug_is_bounded_by_the_end_of_ram_unless_broken(bool broken, string? error)
    {
        // 2 GiB below 4G and 6 GiB above: RAM ends at 10 GiB, beyond a 32-bit address space.
        var layout = Run(Cpu32(PcMachine.Q35, 8 * GiB, 8 * GiB, 0, 32, broken));
        Assert.Equal(error, layout.Error);
        if (broken)
        {
            Assert.Equal(0xffffffffUL, layout.MaxUsedGpa); // 2^phys_bits - 1
            Assert.Equal(6 * GiB, layout.Above4GMemSize);
        }
    }

    [Theory]
    [InlineData(false, "Address space limit 0xfffffffff < 0x11ffffffff phys-bits too low (36)")]
    [InlineData(true, null)]
    public void Cpu32_with_hotplug_is_bounded_by_the_device_memory_end_unless_broken(bool broken, string? error)
    {
        // 2 GiB below 4G, device memory at 4 GiB of 64 GiB + 4 slots x 1 GiB: it ends at 72 GiB.
        var layout = Run(Cpu32(PcMachine.Q35, 2 * GiB, 66 * GiB, 4, 36, broken));
        Assert.Equal(error, layout.Error);
        if (broken)
        {
            Assert.Equal((1UL << 36) - 1, layout.MaxUsedGpa);
            Assert.Equal(4 * GiB, layout.DeviceMemoryBase);
            Assert.Equal(68 * GiB, layout.DeviceMemorySize);
        }
    }

    [Theory]
    [InlineData(PcMachine.Pc)]
    [InlineData(PcMachine.Q35)]
    public void Max_ram_below_4g_above_4G_is_refused_by_the_setter(PcMachine machine)
    {
        var layout = Run(Amd(machine, 8 * GiB) with { MaxRamBelow4G = 4 * GiB + 1 });
        Assert.Equal("Machine option 'max-ram-below-4g=4294967297' expects size less than or equal to 4G", layout.Error);
        Assert.Empty(layout.Warnings);
        Assert.Null(layout.Below4GMemSize);
        Assert.Empty(layout.E820);
    }

    [Fact]
    public void Pc_without_gigabyte_align_and_4G_below_fails_the_pci_hole_assertion()
    {
        var layout = Run(Amd(PcMachine.Pc, 8 * GiB) with { GigabyteAlign = false, MaxRamBelow4G = 4 * GiB });
        Assert.Equal("assertion failed: range->lob <= range->upb || range->lob == range->upb + 1", layout.Error);
    }

    [Theory]
    [InlineData(PcMachine.Pc)]
    [InlineData(PcMachine.Q35)]
    public void More_than_256_slots_are_refused(PcMachine machine)
    {
        var layout = Run(Amd(machine, 4 * GiB) with { MaxRamSize = 260 * GiB, RamSlots = 257 });
        Assert.Equal("unsupported amount of memory slots: 257", layout.Error);
    }

    [Fact]
    public void Two_hundred_fifty_six_slots_reserve_a_gigabyte_each()
    {
        var layout = Run(Amd(PcMachine.Q35, 4 * GiB) with { MaxRamSize = 260 * GiB, RamSlots = 256 });
        Assert.Null(layout.Error);
        Assert.Equal(6 * GiB, layout.DeviceMemoryBase);
        Assert.Equal(512 * GiB, layout.DeviceMemorySize); // 256 GiB of maxmem + 256 x 1 GiB
        Assert.Equal(518 * GiB, layout.ReservedMemoryEnd);
        Assert.Equal(518 * GiB, layout.PcPciHole64Start);
    }

    [Fact]
    public void Maxmem_not_page_aligned_is_refused()
    {
        var layout = Run(Amd(PcMachine.Pc, 4 * GiB) with { MaxRamSize = 68 * GiB + 1, RamSlots = 4 });
        Assert.Equal("maximum memory size must by aligned to multiple of 4096 bytes", layout.Error);
    }

    [Theory]
    [InlineData(PcMachine.Pc, CpuVendor.Amd)]
    [InlineData(PcMachine.Q35, CpuVendor.Intel)]
    public void Maxmem_that_wraps_passes_the_bound_check_and_fails_later(PcMachine machine, CpuVendor vendor)
    {
        var layout = Run(Amd(machine, 4 * GiB) with { CpuVendor = vendor, MaxRamSize = ulong.MaxValue - 4095, RamSlots = 4 });
        Assert.Equal("unsupported amount of maximum memory: fffffffffffff000", layout.Error);
    }

    [Fact]
    public void Pc_warns_about_a_small_or_unaligned_max_ram_below_4g()
    {
        // Texts as in QEMU's pc_machine_set_max_ram_below_4g() and pc_init1(), spacing included.
        var layout = Run(Amd(PcMachine.Pc, 8 * GiB) with { MaxRamBelow4G = 512 * 1024 });
        Assert.Equal(
            [
                "Only 524288 bytes of RAM below the 4GiB boundary,BIOS may not work with less than 1MiB",
                "Large machine and max_ram_below_4g (524288) not a multiple of 1G; possible bad performance.",
            ],
            layout.Warnings);
        Assert.Equal(512 * 1024UL, layout.Below4GMemSize);
    }

    [Fact]
    public void Q35_warns_even_for_a_small_guest_because_the_size_test_wraps()
    {
        // pc_q35_init() tests ram_size - lowmem > lowmem in uint64_t: RAM below lowmem wraps to a huge difference.
        var input = Amd(PcMachine.Q35, 1 * GiB) with { MaxRamBelow4G = 1 * GiB + 1 * MiB };
        Assert.Equal(
            ["There is possibly poor performance as the ram size  (0x40000000) is more then twice the size of max-ram-below-4g (1074790400) and max-ram-below-4g is not a multiple of 1G."],
            Run(input).Warnings);
        Assert.Empty(Run(input with { RamSize = 1 * GiB + 2 * MiB, MaxRamSize = 1 * GiB + 2 * MiB }).Warnings);
    }

    private static PcLayout Run(PcInput input) => QemuPcPort.Run(input);

    // A current machine type, 64-bit AMD vCPU, phys-bits 48, no hotplug memory.
    private static PcInput Amd(PcMachine machine, ulong ramSize) => new()
    {
        Machine = machine,
        CpuVendor = CpuVendor.Amd,
        PhysBits = 48,
        RamSize = ramSize,
        MaxRamSize = ramSize,
    };

    private static PcInput Cpu32(PcMachine machine, ulong ramSize, ulong maxRamSize, ulong slots, int physBits, bool broken) => new()
    {
        Machine = machine,
        CpuVendor = CpuVendor.Intel,
        LongMode = false,
        PhysBits = physBits,
        RamSize = ramSize,
        MaxRamSize = maxRamSize,
        RamSlots = slots,
        Broken32BitMemAddrCheck = broken,
    };

    private static string TooLow(int physBits, ulong maxUsedGpa) => string.Format(
        CultureInfo.InvariantCulture,
        "Address space limit 0x{0:x} < 0x{1:x} phys-bits too low ({2})",
        (1UL << physBits) - 1,
        maxUsedGpa,
        physBits);
}
