using MemmapGen;

namespace Sample.Pc;

/// <summary>
/// The versions of QEMU's i440FX machine, oldest first (<c>-M pc-i440fx-7.1</c>); <c>pc</c> is the newest.
/// </summary>
/// <remarks>
/// Three class flags of these versions move memory: <c>x-pci-hole64-fix</c> is off up to 2.10 (the 64-bit hole is
/// not advertised), <c>enforce_amd_1tb_hole</c> is on from 7.1 (AMD guests keep RAM out of the HyperTransport
/// range), and <c>broken_32bit_mem_addr_check</c> is on up to 8.1 (a 32-bit guest is checked against the whole
/// physical-address width). QEMU's source still defines 2.8 and newer; its lifecycle rules deprecate versions more
/// than three years old, and its development tree stops registering those more than six years old.
/// </remarks>
#pragma warning disable CS1591 // Each member is the machine type its attribute names.
public enum PcVersion
{
    [MachineVersion("pc-i440fx-2.8")] V2_8,
    [MachineVersion("pc-i440fx-2.9")] V2_9,
    [MachineVersion("pc-i440fx-2.10")] V2_10,
    [MachineVersion("pc-i440fx-2.11")] V2_11,
    [MachineVersion("pc-i440fx-2.12")] V2_12,
    [MachineVersion("pc-i440fx-3.0")] V3_0,
    [MachineVersion("pc-i440fx-3.1")] V3_1,
    [MachineVersion("pc-i440fx-4.0")] V4_0,
    [MachineVersion("pc-i440fx-4.1")] V4_1,
    [MachineVersion("pc-i440fx-4.2")] V4_2,
    [MachineVersion("pc-i440fx-5.0")] V5_0,
    [MachineVersion("pc-i440fx-5.1")] V5_1,
    [MachineVersion("pc-i440fx-5.2")] V5_2,
    [MachineVersion("pc-i440fx-6.0")] V6_0,
    [MachineVersion("pc-i440fx-6.1")] V6_1,
    [MachineVersion("pc-i440fx-6.2")] V6_2,
    [MachineVersion("pc-i440fx-7.0")] V7_0,
    [MachineVersion("pc-i440fx-7.1")] V7_1,
    [MachineVersion("pc-i440fx-7.2")] V7_2,
    [MachineVersion("pc-i440fx-8.0")] V8_0,
    [MachineVersion("pc-i440fx-8.1")] V8_1,
    [MachineVersion("pc-i440fx-8.2")] V8_2,
    [MachineVersion("pc-i440fx-9.0")] V9_0,
    [MachineVersion("pc-i440fx-9.1")] V9_1,
    [MachineVersion("pc-i440fx-9.2")] V9_2,
    [MachineVersion("pc-i440fx-10.0")] V10_0,
    [MachineVersion("pc-i440fx-10.1")] V10_1,
    [MachineVersion("pc-i440fx-10.2")] V10_2,
    [MachineVersion("pc-i440fx-11.0")] V11_0,
}
