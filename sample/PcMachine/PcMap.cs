using System.Collections.Generic;
using MemmapGen;

namespace Sample.Pc;

/// <summary>An e820 entry type, numbered as QEMU's <c>E820_RAM</c> and <c>E820_RESERVED</c>.</summary>
public enum E820Kind
{
    /// <summary>Usable RAM.</summary>
    Ram = 1,

    /// <summary>Reserved: the guest must not use it.</summary>
    Reserved = 2,
}

/// <summary>One e820 entry the firmware hands the guest.</summary>
/// <param name="Range">The addresses it covers.</param>
/// <param name="Kind">RAM or reserved.</param>
public sealed record E820Area(MemRange Range, E820Kind Kind);

/// <summary>A fixed device range, for the table.</summary>
/// <param name="Name">The region's name.</param>
/// <param name="Range">Where it is.</param>
public sealed record FixedDevice(string Name, MemRange Range);

/// <summary>
/// A planned x86 memory map in QEMU's terms, what both writers print: the RAM split, hot-plug device memory, the
/// PCI holes as the host bridge reports them, the bound QEMU checks against phys-bits, and the e820 table.
/// </summary>
public sealed record PcMap
{
    /// <summary>RAM below 4 GiB (<c>ram-below-4g</c>), from 0.</summary>
    public required MemRange BelowRam { get; init; }

    /// <summary>RAM above 4 GiB (<c>ram-above-4g</c>); null when all RAM fits below.</summary>
    public MemRange? AboveRam { get; init; }

    /// <summary>True when RAM above 4 GiB starts past the AMD HyperTransport range, at 1 TiB.</summary>
    public bool Relocated { get; init; }

    /// <summary>The hot-plug <c>device-memory</c> region; null without hot-plug memory (maxmem equal to the RAM size).</summary>
    public MemRange? DeviceMemory { get; init; }

    /// <summary>The 32-bit PCI hole's start, the host bridge's <c>pci-hole-start</c>: the end of RAM below 4 GiB.</summary>
    public required ulong PciHoleStart { get; init; }

    /// <summary>The 32-bit PCI hole's end (exclusive), the host bridge's <c>pci-hole-end</c>: the IOAPIC's base.</summary>
    public required ulong PciHoleEnd { get; init; }

    /// <summary>Where the 64-bit PCI hole is planned, advertised or not (QEMU's <c>pc_pci_hole64_start()</c>).</summary>
    public required ulong PciHole64Base { get; init; }

    /// <summary>The end of the 64-bit hole as advertised: its base plus <c>pci-hole64-size</c>, rounded up to 1 GiB.</summary>
    public required ulong PciHole64Limit { get; init; }

    /// <summary>Whether the host bridge advertises the 64-bit hole (<c>x-pci-hole64-fix</c>); when not, it reports 0 for both ends.</summary>
    public required bool PciHole64Advertised { get; init; }

    /// <summary>The highest guest-physical address QEMU checks against phys-bits (<c>pc_max_used_gpa()</c>).</summary>
    public required ulong MaxUsedGpa { get; init; }

    /// <summary>The e820 entries in the order QEMU adds them: the HyperTransport range (when reserved) first.</summary>
    public required IReadOnlyList<E820Area> E820 { get; init; }

    /// <summary>The fw_cfg <c>etc/reserved-memory-end</c>: firmware puts 64-bit BARs above it. Null without hot-plug memory.</summary>
    public ulong? ReservedMemoryEnd { get; init; }

    /// <summary>Devices at fixed addresses, for the table.</summary>
    public IReadOnlyList<FixedDevice> Devices { get; init; } = [];

    /// <summary>The reserved windows RAM avoids in this plan (the HyperTransport range for AMD guests), for the table.</summary>
    public IReadOnlyList<FixedDevice> Avoided { get; init; } = [];

    /// <summary>The host bridge's <c>pci-hole64-start</c> property: 0 when the hole is not advertised.</summary>
    public ulong PciHole64Start => PciHole64Advertised ? PciHole64Base : 0;

    /// <summary>The host bridge's <c>pci-hole64-end</c> property: 0 when the hole is not advertised.</summary>
    public ulong PciHole64End => PciHole64Advertised ? PciHole64Limit : 0;
}
