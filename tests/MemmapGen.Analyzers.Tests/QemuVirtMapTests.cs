using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests;

/// <summary>
/// The sample's full QEMU virt map, copied from sample/VirtMachine/VirtRegion.cs and VirtVersion.cs (a copy, so a
/// change to the sample that trips a rule shows up here as a deliberate edit), yields no diagnostics.
/// </summary>
public sealed class QemuVirtMapTests
{
    /// <summary>QEMU's base_memmap, RAM and extended_memmap, as the sample declares them.</summary>
    public const string Regions = """
        using MemmapGen;
        using static MemmapGen.Units;

        namespace Sample.Virt;

        /// <summary>
        /// The guest-physical memory map of QEMU's Arm <c>virt</c> machine (<c>hw/arm/virt.c</c>), in QEMU's enum order:
        /// the fixed <c>base_memmap</c> entries, RAM, and the floating <c>extended_memmap</c> entries placed above RAM.
        /// <c>VIRT_PCIE</c> has no address range (it only indexes the IRQ map) and is left out.
        /// </summary>
        [MemoryMap(TypeName = "VirtMemmap", Versions = typeof(VirtVersion))]
        public enum VirtRegion
        {
            /// <summary>Two 64 MiB pflash banks.</summary>
            [Fixed(0x0000_0000, 0x0800_0000)] Flash,

            /// <summary>
            /// RAM from 1 GiB. The 255 GiB window is reserved (QEMU's LEGACY_RAMLIMIT_BYTES); hot-plug device memory follows
            /// RAM rounded to 1 GiB, with 1 GiB per slot; the floating area starts at 256 GiB at the lowest.
            /// </summary>
            [Ram(1 * GiB, LegacyLimit = 255 * GiB, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB, MaxSlots = 256)] Mem,

            /// <summary>The CPUs' peripheral base (reset-cbar): deliberately contains the GICv2 distributor and CPU interface.</summary>
            [Fixed(0x0800_0000, 0x0002_0000)] CpuPeriphs,
            /// <summary>GICv2 distributor (VIRT_GIC_DIST), inside CpuPeriphs.</summary>
            [Fixed(0x0800_0000, 0x0001_0000, Within = CpuPeriphs)] GicDist,
            /// <summary>GICv2 CPU interface (VIRT_GIC_CPU), inside CpuPeriphs.</summary>
            [Fixed(0x0801_0000, 0x0001_0000, Within = CpuPeriphs)] GicCpu,
            /// <summary>GICv2m MSI frame (VIRT_GIC_V2M).</summary>
            [Fixed(0x0802_0000, 0x0000_1000)] GicV2m,
            /// <summary>GICv2 hypervisor interface (VIRT_GIC_HYP).</summary>
            [Fixed(0x0803_0000, 0x0001_0000)] GicHyp,
            /// <summary>GICv2 virtual CPU interface (VIRT_GIC_VCPU).</summary>
            [Fixed(0x0804_0000, 0x0001_0000)] GicVcpu,
            /// <summary>GICv3 ITS (VIRT_GIC_ITS).</summary>
            [Fixed(0x0808_0000, 0x0002_0000)] GicIts,

            /// <summary>123 GICv3 redistributors (2 x 64 KiB each).</summary>
            [Fixed(0x080A_0000, 0x00F6_0000)] GicRedist,
            /// <summary>SMMUv3 (VIRT_SMMU).</summary>
            [Fixed(0x0905_0000, 0x0002_0000)] Smmu,
            /// <summary>PL011 UART 0 (VIRT_UART0).</summary>
            [Fixed(0x0900_0000, 0x0000_1000)] Uart0,

            /// <summary>The first of 32 virtio-mmio transports.</summary>
            [Fixed(0x0A00_0000, 0x0000_0200)] Mmio,
            /// <summary>PL031 RTC (VIRT_RTC).</summary>
            [Fixed(0x0901_0000, 0x0000_1000)] Rtc,
            /// <summary>fw_cfg interface (VIRT_FW_CFG).</summary>
            [Fixed(0x0902_0000, 0x0000_0018)] FwCfg,

            /// <summary>The 32-bit PCI MMIO window.</summary>
            [Fixed(0x1000_0000, 0x2EFF_0000)] PcieMmio,
            /// <summary>PCI I/O port window (VIRT_PCIE_PIO).</summary>
            [Fixed(0x3EFF_0000, 0x0001_0000)] PciePio,

            /// <summary>Low PCIe ECAM: 16 buses.</summary>
            [Fixed(0x3F00_0000, 0x0100_0000)] PcieEcam,
            /// <summary>Platform bus for dynamic sysbus devices (VIRT_PLATFORM_BUS).</summary>
            [Fixed(0x0C00_0000, 0x0200_0000)] PlatformBus,
            /// <summary>PL061 GPIO (VIRT_GPIO).</summary>
            [Fixed(0x0903_0000, 0x0000_1000)] Gpio,
            /// <summary>PL011 UART 1, the secure UART (VIRT_UART1).</summary>
            [Fixed(0x0904_0000, 0x0000_1000)] Uart1,

            /// <summary>Secure RAM (secure=on only).</summary>
            [Fixed(0x0E00_0000, 0x0100_0000)] SecureMem,
            /// <summary>Secure PL061 GPIO (VIRT_SECURE_GPIO).</summary>
            [Fixed(0x090B_0000, 0x0000_1000)] SecureGpio,
            /// <summary>Memory hot-plug ACPI registers (VIRT_PCDIMM_ACPI).</summary>
            [Fixed(0x0907_0000, 0x0000_0018)] PcdimmAcpi,
            /// <summary>ACPI generic event device (VIRT_ACPI_GED).</summary>
            [Fixed(0x0908_0000, 0x0000_0004)] AcpiGed,
            /// <summary>NVDIMM ACPI interface (VIRT_NVDIMM_ACPI).</summary>
            [Fixed(0x0909_0000, 0x0000_0004)] NvdimmAcpi,
            /// <summary>Stolen-time structures (VIRT_PVTIME).</summary>
            [Fixed(0x090A_0000, 0x0001_0000)] Pvtime,
            /// <summary>ACPI PCI hot-plug registers (VIRT_ACPI_PCIHP).</summary>
            [Fixed(0x090C_0000, 0x0000_0018)] AcpiPcihp,

            /// <summary>512 more GICv3 redistributors.</summary>
            [Floating(64 * MiB)] HighGicRedist2,

            /// <summary>High PCIe ECAM: 256 buses. Off by default up to virt-2.12.</summary>
            [Floating(256 * MiB, EnabledSince = VirtVersion.V3_0)] HighPcieEcam,

            /// <summary>The 64-bit PCI MMIO window; highmem-mmio-size raises it to a larger power of two.</summary>
            [Floating(512 * GiB, Resizable = true)] HighPcieMmio,
        }
        """;

    /// <summary>The sample's machine versions.</summary>
    public const string Versions = """
        using MemmapGen;

        namespace Sample.Virt;

        /// <summary>
        /// The machine types of QEMU's Arm virt board, oldest first (<c>-M virt-7.1</c>). Each keeps the floating layout
        /// it shipped with: virt-7.1 and older are legacy (a disabled high region still reserves its slot), virt-7.2 and
        /// newer are compact; virt-2.12 and older also leave high PCIe ECAM off unless asked.
        /// </summary>
        #pragma warning disable CS1591 // Each member is the machine type its attribute names.
        public enum VirtVersion
        {
            [MachineVersion("virt-2.12", Layout = FloatingLayout.Legacy)] V2_12,
            [MachineVersion("virt-3.0", Layout = FloatingLayout.Legacy)] V3_0,
            [MachineVersion("virt-3.1", Layout = FloatingLayout.Legacy)] V3_1,
            [MachineVersion("virt-4.0", Layout = FloatingLayout.Legacy)] V4_0,
            [MachineVersion("virt-4.1", Layout = FloatingLayout.Legacy)] V4_1,
            [MachineVersion("virt-4.2", Layout = FloatingLayout.Legacy)] V4_2,
            [MachineVersion("virt-5.0", Layout = FloatingLayout.Legacy)] V5_0,
            [MachineVersion("virt-5.1", Layout = FloatingLayout.Legacy)] V5_1,
            [MachineVersion("virt-5.2", Layout = FloatingLayout.Legacy)] V5_2,
            [MachineVersion("virt-6.0", Layout = FloatingLayout.Legacy)] V6_0,
            [MachineVersion("virt-6.1", Layout = FloatingLayout.Legacy)] V6_1,
            [MachineVersion("virt-6.2", Layout = FloatingLayout.Legacy)] V6_2,
            [MachineVersion("virt-7.0", Layout = FloatingLayout.Legacy)] V7_0,
            [MachineVersion("virt-7.1", Layout = FloatingLayout.Legacy)] V7_1,
            [MachineVersion("virt-7.2")] V7_2,
            [MachineVersion("virt-8.0")] V8_0,
            [MachineVersion("virt-8.1")] V8_1,
            [MachineVersion("virt-8.2")] V8_2,
            [MachineVersion("virt-9.0")] V9_0,
            [MachineVersion("virt-9.1")] V9_1,
            [MachineVersion("virt-9.2")] V9_2,
            [MachineVersion("virt-10.0")] V10_0,
            [MachineVersion("virt-10.1")] V10_1,
            [MachineVersion("virt-10.2")] V10_2,
        }
        """;

    [Fact]
    public Task The_full_qemu_virt_map_yields_no_diagnostics() => Verify(Regions);

    [Fact]
    public Task The_qemu_map_with_a_48_bit_address_width_is_still_clean() =>
        Verify(Regions.Replace("[MemoryMap(TypeName = \"VirtMemmap\"", "[MemoryMap(AddressBits = 48, TypeName = \"VirtMemmap\""));

    [Fact]
    public Task Moving_pvtime_onto_flash_is_one_diagnostic()
    {
        var broken = Regions
            .Replace("[Fixed(0x090A_0000, 0x0001_0000)] Pvtime", "[Fixed({|#0:0x0102_0000|}, 0x0001_0000)] Pvtime")
            .Replace("[Fixed(0x0000_0000, 0x0800_0000)] Flash", "[{|#1:Fixed(0x0000_0000, 0x0800_0000)|}] Flash");
        return Verify(
            broken,
            Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Pvtime' [0x0102_0000, 0x0102_FFFF] overlaps 'Flash' [0x0000_0000, 0x07FF_FFFF] by 0x1_0000 bytes"));
    }

    private static Task Verify(string regions, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        Assert.Contains("Pvtime", regions);
        var test = Analyze.Create(regions, addUsings: false);
        test.TestState.Sources.Add(("VirtVersion.cs", Versions));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
