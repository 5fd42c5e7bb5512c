using MemmapGen;

namespace Sample.Virt;

/// <summary>
/// What QEMU's virt machine derives from its interrupt controller (<c>hw/arm/virt.c</c>): how many CPUs fit, how many
/// redistributor regions the guest is told about, and which MSI frame it gets. The memory map itself does not depend
/// on the GIC version: the second redistributor region is placed either way.
/// </summary>
public static class Gic
{
    /// <summary>GICv2 addresses at most 8 CPUs (<c>GIC_NCPU</c>).</summary>
    public const int V2MaxCpus = 8;

    /// <summary>The bytes one GICv3 redistributor takes (two 64 KiB frames, <c>GICV3_REDIST_SIZE</c>).</summary>
    public const ulong V3RedistSize = 2 * 64 * Units.KiB;

    /// <summary>The first machine version whose GICv3 has an ITS under TCG (<c>no_tcg_its</c> up to virt-6.1).</summary>
    public const VirtVersion FirstTcgItsVersion = VirtVersion.V6_2;

    /// <summary>The CPUs the low redistributor region holds: 123.</summary>
    public static int LowRedistCapacity => (int)(VirtMemmap.GicRedistSize / V3RedistSize);

    /// <summary>The CPUs the high redistributor region holds: 512.</summary>
    public static int HighRedistCapacity => (int)(VirtMemmap.HighGicRedist2Size / V3RedistSize);

    /// <summary>The most CPUs the planned machine takes: 8 with GICv2, the enabled redistributor regions' capacity with GICv3.</summary>
    public static int MaxCpus(MachineConfig config, in VirtMemmap.Layout layout) =>
        config.GicVersion == 2 ? V2MaxCpus : LowRedistCapacity + (layout.HighGicRedist2.Enabled ? HighRedistCapacity : 0);

    /// <summary>
    /// The GICv3 redistributor regions in the device tree (<c>virt_gicv3_redist_region_count</c>): the high one only when
    /// the CPUs do not fit the low one, even if the map reserves it.
    /// </summary>
    public static int RedistRegionCount(MachineConfig config, in VirtMemmap.Layout layout) =>
        config.Cpus > LowRedistCapacity && layout.HighGicRedist2.Enabled ? 2 : 1;

    /// <summary>True when a GICv3 gets an ITS: QEMU under TCG adds it from virt-6.2 (under KVM from virt-2.8).</summary>
    public static bool HasIts(MachineConfig config) =>
        config.GicVersion == 3 && VirtMemmap.VersionOrdinal(config.Machine.ResolvedVersion) >= VirtMemmap.VersionOrdinal(FirstTcgItsVersion);

    /// <summary>True when the GIC has a GICv2m MSI frame: every GICv2.</summary>
    public static bool HasV2m(MachineConfig config) => config.GicVersion == 2;
}
