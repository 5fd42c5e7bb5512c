using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MemmapGen.Testing.QemuPc;
using Range = MemmapGen.MemRange;

namespace Sample.Pc.Tests;

/// <summary>
/// A <see cref="Cli.Planner"/> that plans with the reference port instead of the sample's own planner, so the
/// command line can be run against QEMU's logic: the machine version's class flags are resolved here, as QEMU's
/// machine classes set them.
/// </summary>
internal static class PortPlanner
{
    private const ulong GiB = 1UL << 30;

    public static bool TryPlan(MachineConfig config, [NotNullWhen(true)] out PcMap? map, [NotNullWhen(false)] out string? error)
    {
        var layout = QemuPcPort.Run(ToInput(config));
        if (layout.Error is not null)
        {
            (map, error) = (null, layout.Error);
            return false;
        }

        var hole64Size = config.PciHole64Size ?? (config.Machine.Chipset == Chipset.I440fx ? 2 * GiB : 32 * GiB);
        var hole64Base = layout.PcPciHole64Start!.Value;
        map = new PcMap
        {
            BelowRam = new Range(0, layout.Below4GMemSize!.Value),
            AboveRam = layout.RamAbove4GBase is { } above ? new Range(above, layout.Above4GMemSize!.Value) : null,
            Relocated = layout.RelocatedTo1Tb!.Value,
            DeviceMemory = layout.DeviceMemoryBase is { } device ? new Range(device, layout.DeviceMemorySize!.Value) : null,
            PciHoleStart = layout.PciHoleStart!.Value,
            PciHoleEnd = layout.PciHoleEnd!.Value,
            PciHole64Base = hole64Base,
            PciHole64Limit = unchecked((hole64Base + hole64Size + GiB - 1) & ~(GiB - 1)),
            PciHole64Advertised = layout.PciHole64End != 0,
            MaxUsedGpa = layout.MaxUsedGpa!.Value,
            E820 = layout.E820.Select(e => new E820Area(new Range(e.Address, e.Length), (E820Kind)(int)e.Type)).ToList(),
            ReservedMemoryEnd = layout.ReservedMemoryEnd,
        };
        error = null;
        return true;
    }

    public static PcInput ToInput(MachineConfig config) => new()
    {
        Machine = config.Machine.Chipset == Chipset.I440fx ? PcMachine.Pc : PcMachine.Q35,
        CpuVendor = config.IsAmd ? CpuVendor.Amd : CpuVendor.Intel,
        LongMode = config.LongMode,
        PhysBits = config.PhysBits,
        RamSize = config.RamSize,
        MaxRamSize = config.MaxRamSize,
        RamSlots = config.Slots,
        MaxRamBelow4G = config.MaxRamBelow4G,
        GigabyteAlign = config.GigabyteAlign,
        EnforceAmd1TbHole = config.EnforceAmd1TbHole ?? Version(config) >= new Version(7, 1),
        Broken32BitMemAddrCheck = config.Broken32BitMemAddrCheck ?? Version(config) <= new Version(8, 1),
        PciHole64Fix = config.PciHole64Fix ?? Version(config) >= new Version(2, 11),
        PciHole64Size = config.PciHole64Size,
    };

    // "pc-q35-4.0.1" is version 4.0.1.
    private static Version Version(MachineConfig config) =>
        System.Version.Parse(config.Machine.VersionName.Substring(config.Machine.VersionName.LastIndexOf('-') + 1));
}
