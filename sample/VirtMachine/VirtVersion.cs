using MemmapGen;

namespace Sample.Virt;

/// <summary>
/// The machine types of QEMU's Arm virt board, oldest first (<c>-M virt-7.1</c>). Each keeps the floating layout
/// it shipped with: virt-7.1 and older are legacy (a disabled high region still reserves its slot), virt-7.2 and
/// newer are compact; virt-2.12 and older also leave high PCIe ECAM off unless asked.
/// </summary>
/// <remarks>
/// virt-2.6 to virt-2.11 inherit virt-2.12's memory-map options in QEMU (<c>virt_machine_2_12_options</c>); their
/// own compat flags (no ITS, no PMU, no affinity adjustment, 1K pages, SMBIOS) move no region, so their maps are
/// virt-2.12's. Before virt-2.6, QEMU's virt machine had no versions.
/// </remarks>
#pragma warning disable CS1591 // Each member is the machine type its attribute names.
public enum VirtVersion
{
    [MachineVersion("virt-2.6", Layout = FloatingLayout.Legacy)] V2_6,
    [MachineVersion("virt-2.7", Layout = FloatingLayout.Legacy)] V2_7,
    [MachineVersion("virt-2.8", Layout = FloatingLayout.Legacy)] V2_8,
    [MachineVersion("virt-2.9", Layout = FloatingLayout.Legacy)] V2_9,
    [MachineVersion("virt-2.10", Layout = FloatingLayout.Legacy)] V2_10,
    [MachineVersion("virt-2.11", Layout = FloatingLayout.Legacy)] V2_11,
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
