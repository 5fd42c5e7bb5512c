using MemmapGen;

namespace Sample.Pc;

/// <summary>
/// A machine configuration as QEMU holds it once its options are parsed and checked: the <c>-m</c> sizes, the
/// <c>-M</c> machine type and properties, the <c>-cpu</c> model's properties and the host bridge's <c>-global</c>s.
/// A null property keeps the machine type's own value.
/// </summary>
public sealed record MachineConfig
{
    /// <summary>The CPU vendor QEMU's <c>IS_AMD_CPU()</c> tests for.</summary>
    public const string AmdVendor = "AuthenticAMD";

    /// <summary>QEMU's default RAM size for pc and q35 (<c>mc->default_ram_size</c>).</summary>
    public const ulong DefaultRamSize = 128 * Units.MiB;

    /// <summary>The machine type (<c>-M pc</c>).</summary>
    public MachineType Machine { get; init; } = MachineType.Pc;

    /// <summary>RAM size in bytes, a multiple of 8 KiB (<c>-m size=</c>).</summary>
    public ulong RamSize { get; init; } = DefaultRamSize;

    /// <summary>Maximum RAM including hot-pluggable memory (<c>-m maxmem=</c>): <see cref="RamSize"/> without hot-plug.</summary>
    public ulong MaxRamSize { get; init; } = DefaultRamSize;

    /// <summary>Hot-plug memory slots (<c>-m slots=</c>).</summary>
    public ulong Slots { get; init; }

    /// <summary>The <c>max-ram-below-4g</c> machine property as given; null when not set. QEMU treats 0 as not set.</summary>
    public ulong? MaxRamBelow4G { get; init; }

    /// <summary>The <c>enforce_amd_1tb_hole</c> class flag; null keeps the version's (on from 7.1).</summary>
    public bool? EnforceAmd1TbHole { get; init; }

    /// <summary>The <c>broken_32bit_mem_addr_check</c> class flag; null keeps the version's (on up to 8.1).</summary>
    public bool? Broken32BitMemAddrCheck { get; init; }

    /// <summary>The <c>gigabyte_align</c> class flag: i440FX caps RAM below 4G at 3 GiB when it splits. On for every version.</summary>
    public bool GigabyteAlign { get; init; } = true;

    /// <summary>The guest CPU's vendor string (<c>-cpu qemu64,vendor=</c>); qemu64 is <see cref="AmdVendor"/>.</summary>
    public string CpuVendor { get; init; } = AmdVendor;

    /// <summary>CPUID long mode (<c>-cpu qemu64,lm=</c>): false for a 32-bit guest CPU.</summary>
    public bool LongMode { get; init; } = true;

    /// <summary>The CPU's physical-address width, as QEMU settles it at realize time (TCG's 40 by default).</summary>
    public int PhysBits { get; init; } = 40;

    /// <summary>The host bridge's <c>pci-hole64-size</c>; null keeps the default (i440FX 2 GiB, Q35 32 GiB).</summary>
    public ulong? PciHole64Size { get; init; }

    /// <summary>The host bridge's <c>x-pci-hole64-fix</c>; null keeps the version's (on from 2.11).</summary>
    public bool? PciHole64Fix { get; init; }

    /// <summary>True for an AMD guest CPU, which is what QEMU's HyperTransport handling asks.</summary>
    public bool IsAmd => CpuVendor == AmdVendor;
}
