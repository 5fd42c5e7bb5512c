using System.Collections.Generic;

namespace MemmapGen.Testing.QemuPc;

/// <summary>The x86 machine: <c>pc</c> (i440fx, <c>pc_init1()</c>) or <c>q35</c> (<c>pc_q35_init()</c>).</summary>
public enum PcMachine
{
    Pc,
    Q35,
}

/// <summary>The first vCPU's CPUID vendor, which is what QEMU's <c>IS_AMD_CPU()</c> tests (not the host's).</summary>
public enum CpuVendor
{
    Amd,
    Intel,
}

/// <summary>QEMU's <c>E820_RAM</c> and <c>E820_RESERVED</c>.</summary>
public enum E820Type
{
    Ram = 1,
    Reserved = 2,
}

/// <summary>One <c>e820_add_entry(address, length, type)</c> call.</summary>
public readonly record struct E820Entry(ulong Address, ulong Length, E820Type Type);

/// <summary>
/// What one x86 layout depends on: the command line (<c>-m size=,maxmem=,slots=</c>, the machine and host-bridge
/// properties), the vCPU and the machine type's compat flags. Defaults are those of a current 64-bit machine type.
/// </summary>
public sealed record PcInput
{
    public required PcMachine Machine { get; init; }

    public required CpuVendor CpuVendor { get; init; }

    /// <summary>CPUID long mode (<c>CPUID_EXT2_LM</c>): false for a 32-bit vCPU.</summary>
    public bool LongMode { get; init; } = true;

    public required int PhysBits { get; init; }

    public required ulong RamSize { get; init; }

    /// <summary><c>maxmem</c>; equal to <see cref="RamSize"/> when there is no hotplug memory.</summary>
    public required ulong MaxRamSize { get; init; }

    public ulong RamSlots { get; init; }

    /// <summary>The <c>max-ram-below-4g</c> machine property; null leaves it unset (the machine's default).</summary>
    public ulong? MaxRamBelow4G { get; init; }

    /// <summary><c>PCMachineClass::gigabyte_align</c>; only the pc split reads it.</summary>
    public bool GigabyteAlign { get; init; } = true;

    /// <summary><c>PCMachineClass::enforce_amd_1tb_hole</c>: false for pc-*-7.0 and older.</summary>
    public bool EnforceAmd1TbHole { get; init; } = true;

    /// <summary><c>PCMachineClass::broken_32bit_mem_addr_check</c>: true for pc-*-8.1 and older.</summary>
    public bool Broken32BitMemAddrCheck { get; init; }

    /// <summary>The host bridge's <c>x-pci-hole64-fix</c>: false for 2.10 and older.</summary>
    public bool PciHole64Fix { get; init; } = true;

    /// <summary>The host bridge's <c>pci-hole64-size</c>; null keeps the default (pc 2 GiB, q35 32 GiB).</summary>
    public ulong? PciHole64Size { get; init; }
}

/// <summary>
/// The layout QEMU computes for a <see cref="PcInput"/>, one member per column of the vector file. When QEMU refuses to
/// start, <see cref="Error"/> holds its message, every layout member is null and <see cref="E820"/> is empty; the
/// warnings printed before the failure are kept.
/// </summary>
public sealed record PcLayout
{
    public ulong? Below4GMemSize { get; init; }

    public ulong? Above4GMemSize { get; init; }

    public ulong? Above4GMemStart { get; init; }

    /// <summary>Where the <c>ram-above-4g</c> alias was mapped; null when no RAM lies above 4 GiB.</summary>
    public ulong? RamAbove4GBase { get; init; }

    public bool? RelocatedTo1Tb { get; init; }

    /// <summary>The hotplug <c>device-memory</c> region; null when maxmem equals the RAM size.</summary>
    public ulong? DeviceMemoryBase { get; init; }

    public ulong? DeviceMemorySize { get; init; }

    /// <summary>The return value of <c>pc_pci_hole64_start()</c>.</summary>
    public ulong? PcPciHole64Start { get; init; }

    /// <summary>The host bridge's <c>pci-hole64-start</c> property (no firmware-assigned 64-bit BARs).</summary>
    public ulong? PciHole64Start { get; init; }

    public ulong? PciHole64End { get; init; }

    /// <summary>The host bridge's 32-bit <c>pci-hole-start</c> property.</summary>
    public ulong? PciHoleStart { get; init; }

    public ulong? PciHoleEnd { get; init; }

    /// <summary><c>pc_max_used_gpa()</c> on the final state: the value checked against 2^phys_bits - 1.</summary>
    public ulong? MaxUsedGpa { get; init; }

    /// <summary>Whether the AMD HyperTransport range was added to the e820 table as reserved.</summary>
    public bool? E820HtReserved { get; init; }

    /// <summary>The e820 entries <c>pc_memory_init()</c> added, in insertion order.</summary>
    public IReadOnlyList<E820Entry> E820 { get; init; } = [];

    /// <summary>The fw_cfg <c>etc/reserved-memory-end</c> value; null when the file is not created.</summary>
    public ulong? ReservedMemoryEnd { get; init; }

    /// <summary>The <c>warn_report()</c> texts, in order.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>QEMU's exact message when it refuses to start; an <c>assert()</c> as <c>assertion failed: expr</c>.</summary>
    public string? Error { get; init; }
}
