using System;
using System.Runtime.CompilerServices;

namespace Benchmarks;

/// <summary>
/// A straightforward table-driven C# port of QEMU's <c>virt_set_memmap()</c> and <c>virt_set_high_memmap()</c>
/// (hw/arm/virt.c, v8.0 through v10.0) with the <c>highmem-mmio-size</c> property setter
/// (<c>virt_set_highmem_mmio_size()</c>): one MemMapEntry array that holds the floating sizes and receives the
/// results (QEMU's <c>extended_memmap</c>), bitmask ROUND_UP, a loop over the floating entries. It is the baseline
/// the generated planner is measured against.
/// </summary>
public sealed class QemuPort
{
    /// <summary>QEMU's VIRT_LOWMEMMAP_LAST: the first floating entry of the map.</summary>
    public const int LowMemmapLast = 28;

    public const int HighGicRedist2 = 0, HighPcieEcam = 1, HighPcieMmio = 2, FloatingCount = 3;

    private const ulong MiB = 1UL << 20, GiB = 1UL << 30;
    private const int VirtMem = 1;
    private const ulong LegacyRamLimitBytes = 255 * GiB;
    private const ulong AcpiMaxRamSlots = 256;

    // extended_memmap's floating sizes, in QEMU's order.
    private static readonly ulong[] s_extendedMemmapSizes = { 64 * MiB, 256 * MiB, 512 * GiB };

    private readonly bool _copyBaseMemmap;

    /// <param name="copyBaseMemmap">
    /// Whether each plan copies the fixed base_memmap entries into the map first, as virt_set_memmap() does. Without it
    /// the port does less than QEMU (the generated code has the fixed entries as constants and copies nothing).
    /// </param>
    public QemuPort(bool copyBaseMemmap = true)
    {
        _copyBaseMemmap = copyBaseMemmap;
        for (int i = 0; i < FloatingCount; i++)
            Memmap[LowMemmapLast + i] = new MemMapEntry(0, s_extendedMemmapSizes[i]);
    }

    /// <summary>QEMU's <c>vms->memmap</c>: the fixed entries, then the floating ones with their sizes and planned bases.</summary>
    public MemMapEntry[] Memmap { get; } = new MemMapEntry[LowMemmapLast + FloatingCount];

    /// <summary>The highmem-redists/-ecam/-mmio flags: requested on entry, requested and fitting after a plan.</summary>
    public bool[] Enabled { get; } = new bool[FloatingCount];

    public ulong HighestGpa { get; private set; }
    public ulong DeviceMemoryBase { get; private set; }
    public ulong DeviceMemorySize { get; private set; }
    public PortError Error { get; private set; }

    /// <summary>QEMU's "exceeds it by" figure for <see cref="PortError.AddressingLimited"/>; the size for the size errors.</summary>
    public ulong ErrorValue { get; private set; }

    public MemMapEntry Floating(int i) => Memmap[LowMemmapLast + i];

    /// <summary>Sets the properties on a pristine table, then lays out the map; false on any of QEMU's exits.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool Plan(in QemuMachine machine)
    {
        Error = PortError.None;
        Memmap[LowMemmapLast + HighPcieMmio] = new MemMapEntry(0, s_extendedMemmapSizes[HighPcieMmio]);
        if (machine.HighmemMmioSizeSet && !SetHighmemMmioSize(machine.HighmemMmioSize))
            return false;
        Enabled[HighGicRedist2] = machine.HighmemRedists;
        Enabled[HighPcieEcam] = machine.HighmemEcam;
        Enabled[HighPcieMmio] = machine.HighmemMmio;
        return SetMemmap(in machine, machine.PaBits);
    }

    // virt_set_highmem_mmio_size()
    private bool SetHighmemMmioSize(ulong size)
    {
        if (size == 0 || (size & (size - 1)) != 0)
            return Fail(PortError.MmioSizeNotPowerOfTwo, size);
        if (size < s_extendedMemmapSizes[HighPcieMmio])
            return Fail(PortError.MmioSizeBelowDefault, size);
        Memmap[LowMemmapLast + HighPcieMmio] = new MemMapEntry(0, size);
        return true;
    }

    // virt_set_memmap()
    private bool SetMemmap(in QemuMachine machine, int paBits)
    {
        MemMapEntry[] memmap = Memmap;
        if (_copyBaseMemmap)
            BaseMemmap.AsSpan().CopyTo(memmap);

        if (machine.RamSlots > AcpiMaxRamSlots)
            return Fail(PortError.UnsupportedSlots, machine.RamSlots);

        // !highmem is exactly the same as limiting the PA space to 32 bits.
        if (!machine.Highmem)
            paBits = 32;

        ulong memBase = BaseMemmap[VirtMem].Base;
        ulong deviceMemoryBase = RoundUp(memBase + machine.RamSize, GiB);
        ulong deviceMemorySize = machine.MaxRamSize - machine.RamSize + machine.RamSlots * GiB;

        ulong memtop = deviceMemoryBase + RoundUp(deviceMemorySize, GiB);
        ulong @base = memtop;
        if (memtop > 1UL << paBits)
            return Fail(PortError.AddressingLimited, memtop - (1UL << paBits));
        if (@base < deviceMemoryBase)
            return Fail(PortError.MaxmemSlotsTooHuge, 0);
        if (@base < memBase + LegacyRamLimitBytes)
            @base = memBase + LegacyRamLimitBytes;

        // At least the memory fits in the PA space.
        HighestGpa = memtop - 1;

        SetHighMemmap(@base, paBits, machine.HighmemCompact);

        DeviceMemoryBase = deviceMemorySize > 0 ? deviceMemoryBase : 0;
        DeviceMemorySize = deviceMemorySize;
        return true;
    }

    // virt_set_high_memmap()
    private void SetHighMemmap(ulong @base, int paBits, bool compact)
    {
        MemMapEntry[] memmap = Memmap;
        bool[] enabled = Enabled;
        for (int i = LowMemmapLast; i < memmap.Length; i++)
        {
            ulong regionSize = memmap[i].Size;
            ulong regionBase = RoundUp(@base, regionSize);
            memmap[i] = new MemMapEntry(regionBase, regionSize);

            // Disable what does not fit; legacy still reserves a disabled region and counts it if it fits.
            bool fits = regionBase + regionSize <= 1UL << paBits;
            enabled[i - LowMemmapLast] &= fits;
            if (compact && !enabled[i - LowMemmapLast])
                continue;

            @base = regionBase + regionSize;
            if (fits)
                HighestGpa = @base - 1;
        }
    }

    // QEMU's ROUND_UP for a power-of-two alignment; wraps like C.
    private static ulong RoundUp(ulong n, ulong d) => (n + d - 1) & ~(d - 1);

    private bool Fail(PortError error, ulong value)
    {
        Error = error;
        ErrorValue = value;
        return false;
    }

    // base_memmap, indexed by QEMU's enum (v8.0 .. v10.0); VIRT_PCIE (15) is an IRQ-only index.
    private static readonly MemMapEntry[] BaseMemmap =
    {
        new(0x0000_0000, 0x0800_0000),      // VIRT_FLASH
        new(0x4000_0000, 255 * GiB),        // VIRT_MEM
        new(0x0800_0000, 0x0002_0000),      // VIRT_CPUPERIPHS
        new(0x0800_0000, 0x0001_0000),      // VIRT_GIC_DIST
        new(0x0801_0000, 0x0001_0000),      // VIRT_GIC_CPU
        new(0x0802_0000, 0x0000_1000),      // VIRT_GIC_V2M
        new(0x0803_0000, 0x0001_0000),      // VIRT_GIC_HYP
        new(0x0804_0000, 0x0001_0000),      // VIRT_GIC_VCPU
        new(0x0808_0000, 0x0002_0000),      // VIRT_GIC_ITS
        new(0x080A_0000, 0x00F6_0000),      // VIRT_GIC_REDIST
        new(0x0905_0000, 0x0002_0000),      // VIRT_SMMU
        new(0x0900_0000, 0x0000_1000),      // VIRT_UART
        new(0x0A00_0000, 0x0000_0200),      // VIRT_MMIO
        new(0x0901_0000, 0x0000_1000),      // VIRT_RTC
        new(0x0902_0000, 0x0000_0018),      // VIRT_FW_CFG
        new(0x0000_0000, 0x0000_0000),      // VIRT_PCIE
        new(0x1000_0000, 0x2EFF_0000),      // VIRT_PCIE_MMIO
        new(0x3EFF_0000, 0x0001_0000),      // VIRT_PCIE_PIO
        new(0x3F00_0000, 0x0100_0000),      // VIRT_PCIE_ECAM
        new(0x0C00_0000, 0x0200_0000),      // VIRT_PLATFORM_BUS
        new(0x0903_0000, 0x0000_1000),      // VIRT_GPIO
        new(0x0904_0000, 0x0000_1000),      // VIRT_SECURE_UART
        new(0x0E00_0000, 0x0100_0000),      // VIRT_SECURE_MEM
        new(0x090B_0000, 0x0000_1000),      // VIRT_SECURE_GPIO
        new(0x0907_0000, 0x0000_0018),      // VIRT_PCDIMM_ACPI
        new(0x0908_0000, 0x0000_0004),      // VIRT_ACPI_GED
        new(0x0909_0000, 0x0000_0004),      // VIRT_NVDIMM_ACPI
        new(0x090A_0000, 0x0001_0000),      // VIRT_PVTIME
    };
}

/// <summary>QEMU's MemMapEntry.</summary>
public readonly record struct MemMapEntry(ulong Base, ulong Size);
