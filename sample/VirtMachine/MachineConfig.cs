using MemmapGen;

namespace Sample.Virt;

/// <summary>
/// A machine configuration as QEMU holds it once its options are parsed and checked: the <c>-m</c> sizes,
/// the <c>-M</c> machine type and properties, and the host's physical-address width.
/// </summary>
public sealed record MachineConfig
{
    /// <summary>The machine type (<c>-M virt</c>).</summary>
    public MachineType Machine { get; init; } = MachineType.Virt;

    /// <summary>RAM size in bytes, a multiple of 8 KiB (<c>-m size=</c>); 1 GiB by default.</summary>
    public ulong RamSize { get; init; } = Units.GiB;

    /// <summary>Maximum RAM including hot-pluggable memory (<c>-m maxmem=</c>), at least <see cref="RamSize"/>; 0 means <see cref="RamSize"/>.</summary>
    public ulong MaxRamSize { get; init; }

    /// <summary>Hot-plug memory slots (<c>-m slots=</c>).</summary>
    public ulong Slots { get; init; }

    /// <summary>The host's or CPU's physical-address width in bits (KVM's IPA limit, or the CPU's PARange).</summary>
    public int PaBits { get; init; } = 40;

    /// <summary>The <c>highmem</c> property: off limits the whole map to 32 bits.</summary>
    public bool Highmem { get; init; } = true;

    /// <summary>The <c>compact-highmem</c> property; null leaves the machine version's choice.</summary>
    public bool? CompactHighmem { get; init; }

    /// <summary>The <c>highmem-redists</c> property: request the second GIC redistributor region; null leaves the machine version's default.</summary>
    public bool? HighmemRedists { get; init; }

    /// <summary>The <c>highmem-ecam</c> property: request the high PCIe ECAM; null leaves the machine version's default.</summary>
    public bool? HighmemEcam { get; init; }

    /// <summary>The <c>highmem-mmio</c> property: request the high PCIe MMIO window; null leaves the machine version's default.</summary>
    public bool? HighmemMmio { get; init; }

    /// <summary>The <c>highmem-mmio-size</c> property; null keeps the default 512 GiB.</summary>
    public ulong? HighmemMmioSize { get; init; }

    /// <summary>The <c>gic-version</c> property: 2 (QEMU's default under TCG) or 3.</summary>
    public int GicVersion { get; init; } = 2;

    /// <summary>The number of CPUs (<c>-smp</c>); with GICv3 it decides how many redistributor regions the guest sees.</summary>
    public int Cpus { get; init; } = 1;
}
