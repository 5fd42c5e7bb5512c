using System.Collections.Generic;

namespace Sample.Virt.Tests.Vectors;

/// <summary>QEMU's memmap enum identifiers, at every vector commit, mapped to the sample's <see cref="VirtRegion"/> members.</summary>
internal static class QemuNames
{
    /// <summary>IRQ-map index with no address range (base 0, size 0): no member.</summary>
    public const string Pcie = "VIRT_PCIE";

    /// <summary>HEAD's floating CXL host entry, never enabled while the layout is computed: not modelled.</summary>
    public const string CxlHost = "VIRT_CXL_HOST";

    private static readonly Dictionary<string, VirtRegion> s_members = new()
    {
        ["VIRT_FLASH"] = VirtRegion.Flash,
        ["VIRT_MEM"] = VirtRegion.Mem,
        ["VIRT_CPUPERIPHS"] = VirtRegion.CpuPeriphs,
        ["VIRT_GIC_DIST"] = VirtRegion.GicDist,
        ["VIRT_GIC_CPU"] = VirtRegion.GicCpu,
        ["VIRT_GIC_V2M"] = VirtRegion.GicV2m,
        ["VIRT_GIC_HYP"] = VirtRegion.GicHyp,
        ["VIRT_GIC_VCPU"] = VirtRegion.GicVcpu,
        ["VIRT_GIC_ITS"] = VirtRegion.GicIts,
        ["VIRT_GIC_REDIST"] = VirtRegion.GicRedist,
        ["VIRT_SMMU"] = VirtRegion.Smmu,
        ["VIRT_UART"] = VirtRegion.Uart0, // renamed VIRT_UART0 in 2024
        ["VIRT_UART0"] = VirtRegion.Uart0,
        ["VIRT_MMIO"] = VirtRegion.Mmio,
        ["VIRT_RTC"] = VirtRegion.Rtc,
        ["VIRT_FW_CFG"] = VirtRegion.FwCfg,
        ["VIRT_PCIE_MMIO"] = VirtRegion.PcieMmio,
        ["VIRT_PCIE_PIO"] = VirtRegion.PciePio,
        ["VIRT_PCIE_ECAM"] = VirtRegion.PcieEcam,
        ["VIRT_PLATFORM_BUS"] = VirtRegion.PlatformBus,
        ["VIRT_GPIO"] = VirtRegion.Gpio,
        ["VIRT_SECURE_UART"] = VirtRegion.Uart1, // renamed VIRT_UART1 in 2024
        ["VIRT_UART1"] = VirtRegion.Uart1,
        ["VIRT_SECURE_MEM"] = VirtRegion.SecureMem,
        ["VIRT_SECURE_GPIO"] = VirtRegion.SecureGpio,
        ["VIRT_PCDIMM_ACPI"] = VirtRegion.PcdimmAcpi,
        ["VIRT_ACPI_GED"] = VirtRegion.AcpiGed,
        ["VIRT_NVDIMM_ACPI"] = VirtRegion.NvdimmAcpi,
        ["VIRT_PVTIME"] = VirtRegion.Pvtime,
        ["VIRT_ACPI_PCIHP"] = VirtRegion.AcpiPcihp,
        ["VIRT_HIGH_GIC_REDIST2"] = VirtRegion.HighGicRedist2,
        ["VIRT_HIGH_PCIE_ECAM"] = VirtRegion.HighPcieEcam,
        ["VIRT_HIGH_PCIE_MMIO"] = VirtRegion.HighPcieMmio,
    };

    public static bool TryMap(string qemuName, out VirtRegion member) => s_members.TryGetValue(qemuName, out member);
}
