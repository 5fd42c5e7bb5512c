using System;
using System.IO;
using MemmapGen;
using MemmapGen.DeviceTree;

namespace Sample.Virt.Output;

/// <summary>
/// The <c>--dts</c> output: the memory-map parts of the device tree QEMU builds for the virt machine
/// (<c>create_fdt</c>, <c>create_gic</c>, <c>create_uart</c>, <c>create_pcie</c>, ... in <c>hw/arm/virt.c</c>), every
/// <c>reg</c> and <c>ranges</c> written with MemmapGen's cell writers from the planned layout. Each node keeps QEMU's
/// name and only the properties that place it, plus what <c>dtc</c> needs to check it (compatible, cell counts).
/// Nodes are listed by address.
/// </summary>
public static class DtsWriter
{
    /// <summary>The root's <c>#address-cells</c> and <c>#size-cells</c>: 64-bit addresses and sizes.</summary>
    public const int RootCells = 2;

    /// <summary>QEMU's virt machine has 32 virtio-mmio transports (<c>NUM_VIRTIO_TRANSPORTS</c>), one after another.</summary>
    public const int VirtioTransports = 32;

    /// <summary>The smallest ECAM, one bus's configuration space (<c>PCIE_MMCFG_SIZE_MIN</c>).</summary>
    public const ulong EcamBusSize = Units.MiB;

    // Up to three 2+2-cell entries, or three PCI ranges entries of 7 cells.
    private const int MaxCells = 3 * 7;

    /// <summary>Writes the tree for a planned map.</summary>
    public static void Write(TextWriter writer, MachineConfig config, in VirtMemmap.Layout layout)
    {
        var dts = new DtsBuilder().Root()
            .Cell("#address-cells", RootCells)
            .Cell("#size-cells", RootCells)
            .Strings("compatible", "linux,dummy-virt");

        Flash(dts);
        InterruptController(dts, config, layout);
        Device(dts, "pl011", VirtMemmap.Uart0, "arm,pl011", "arm,primecell").End();
        Device(dts, "pl031", VirtMemmap.Rtc, "arm,pl031", "arm,primecell").End();
        Device(dts, "fw-cfg", VirtMemmap.FwCfg, "qemu,fw-cfg-mmio").End();
        Device(dts, "pl061", VirtMemmap.Gpio, "arm,pl061", "arm,primecell").End();
        for (var i = 0UL; i < VirtioTransports; i++)
        {
            Device(dts, "virtio_mmio", new MemRange(VirtMemmap.MmioBase + i * VirtMemmap.MmioSize, VirtMemmap.MmioSize), "virtio,mmio").End();
        }

        PlatformBus(dts);
        Pcie(dts, layout);
        Memory(dts, layout);
        writer.Write(dts.End().ToString());
    }

    // Two 64 MiB banks, one reg entry each (create_flash).
    private static void Flash(DtsBuilder dts)
    {
        var bank = VirtMemmap.FlashSize / 2;
        Span<uint> reg = stackalloc uint[MaxCells];
        var count = RegCells.Write(reg, new MemRange(VirtMemmap.FlashBase, bank), RootCells, RootCells);
        count += RegCells.Write(reg.Slice(count), new MemRange(VirtMemmap.FlashBase + bank, bank), RootCells, RootCells);
        dts.Node("flash", VirtMemmap.FlashBase).Strings("compatible", "cfi-flash").Cells("reg", reg.Slice(0, count)).End();
    }

    // fdt_add_gic_node: GICv2 is distributor and CPU interface with a v2m MSI frame; GICv3 is the distributor and one or
    // two redistributor regions, with an ITS. Children sit in the same address space (an empty ranges).
    private static void InterruptController(DtsBuilder dts, MachineConfig config, in VirtMemmap.Layout layout)
    {
        Span<uint> reg = stackalloc uint[MaxCells];
        var count = RegCells.Write(reg, VirtMemmap.GicDist, RootCells, RootCells);
        dts.Node("intc", VirtMemmap.GicDistBase);
        if (config.GicVersion == 2)
        {
            count += RegCells.Write(reg.Slice(count), VirtMemmap.GicCpu, RootCells, RootCells);
            dts.Strings("compatible", "arm,cortex-a15-gic");
        }
        else
        {
            var regions = Gic.RedistRegionCount(config, layout);
            count += RegCells.Write(reg.Slice(count), VirtMemmap.GicRedist, RootCells, RootCells);
            if (regions == 2)
            {
                count += RegCells.Write(reg.Slice(count), layout.HighGicRedist2, RootCells, RootCells);
            }

            dts.Strings("compatible", "arm,gic-v3").Cell("#redistributor-regions", (uint)regions);
        }

        dts.Cells("reg", reg.Slice(0, count))
            .Flag("interrupt-controller")
            .Cell("#interrupt-cells", 3)
            .Cell("#address-cells", RootCells)
            .Cell("#size-cells", RootCells)
            .Flag("ranges");
        if (Gic.HasV2m(config))
        {
            Device(dts, "v2m", VirtMemmap.GicV2m, "arm,gic-v2m-frame").Flag("msi-controller").End();
        }
        else if (Gic.HasIts(config))
        {
            Device(dts, "its", VirtMemmap.GicIts, "arm,gic-v3-its").Flag("msi-controller").Cell("#msi-cells", 1).End();
        }

        dts.End();
    }

    // A 32-bit bus for dynamically added sysbus devices: child address 0 is the window's base (platform_bus_add_all_fdt_nodes).
    private static void PlatformBus(DtsBuilder dts)
    {
        Span<uint> ranges = stackalloc uint[MaxCells];
        var count = RangesCells.Write(ranges, 0, 1, VirtMemmap.PlatformBus, RootCells, 1);
        dts.Node("platform-bus", VirtMemmap.PlatformBusBase)
            .Strings("compatible", "qemu,platform", "simple-bus")
            .Cell("#address-cells", 1)
            .Cell("#size-cells", 1)
            .Cells("ranges", ranges.Slice(0, count))
            .End();
    }

    // create_pcie: named after the 32-bit MMIO window; reg is the ECAM in use (high when placed), ranges the I/O window at
    // bus address 0, the 32-bit window and, when placed, the 64-bit window, both mapped one to one.
    private static void Pcie(DtsBuilder dts, in VirtMemmap.Layout layout)
    {
        var ecam = layout.HighPcieEcam.Enabled ? layout.HighPcieEcam.Range : VirtMemmap.PcieEcam;
        Span<uint> reg = stackalloc uint[MaxCells];
        var regCount = RegCells.Write(reg, ecam, RootCells, RootCells);

        Span<uint> ranges = stackalloc uint[MaxCells];
        var count = PciRanges.Write(ranges, PciSpace.Io, 0, VirtMemmap.PciePio, RootCells);
        count += PciRanges.WriteIdentity(ranges.Slice(count), PciSpace.Memory32, VirtMemmap.PcieMmio, RootCells);
        if (layout.HighPcieMmio.Enabled)
        {
            count += PciRanges.WriteIdentity(ranges.Slice(count), PciSpace.Memory64, layout.HighPcieMmio.Range, RootCells);
        }

        dts.Node("pcie", VirtMemmap.PcieMmioBase)
            .Strings("compatible", "pci-host-ecam-generic")
            .Strings("device_type", "pci")
            .Cell("#address-cells", PciRanges.AddressCells)
            .Cell("#size-cells", PciRanges.SizeCells)
            .Cells("bus-range", stackalloc uint[] { 0, (uint)(ecam.Size / EcamBusSize - 1) })
            .Cells("reg", reg.Slice(0, regCount))
            .Cells("ranges", ranges.Slice(0, count))
            .End();
    }

    // The RAM given with -m (hot-pluggable device memory is described by ACPI, not here).
    private static void Memory(DtsBuilder dts, in VirtMemmap.Layout layout)
    {
        Span<uint> reg = stackalloc uint[MaxCells];
        var count = RegCells.Write(reg, layout.Ram, RootCells, RootCells);
        dts.Node("memory", layout.Ram.Base).Strings("device_type", "memory").Cells("reg", reg.Slice(0, count)).End();
    }

    // Opens a device node with its compatible strings and one reg entry; the caller adds properties and closes it.
    private static DtsBuilder Device(DtsBuilder dts, string name, MemRange range, params string[] compatible)
    {
        Span<uint> reg = stackalloc uint[2 * RootCells];
        var count = RegCells.Write(reg, range, RootCells, RootCells);
        return dts.Node(name, range.Base).Strings("compatible", compatible).Cells("reg", reg.Slice(0, count));
    }
}
