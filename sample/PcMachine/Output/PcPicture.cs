using System.Collections.Generic;
using System.Globalization;
using MemmapGen;
using Sample.Output;

namespace Sample.Pc.Output;

/// <summary>
/// The <c>--svg</c> picture of a planned x86 map: the same ranges as the table (the RAM banks, the 32-bit PCI hole
/// and the devices in and above it, the reserved window RAM avoids, device memory, the 64-bit hole, grey when it is
/// not advertised).
/// </summary>
public static class PcPicture
{
    /// <summary>The picture of <paramref name="map"/>, planned for <paramref name="config"/>.</summary>
    public static MapPicture Of(MachineConfig config, PcMap map)
    {
        var regions = new List<PictureRegion>
        {
            Region("RAM below 4G", map.BelowRam, PictureKind.Ram),
            new("PCI hole", map.PciHoleStart, map.PciHoleEnd - map.PciHoleStart, PictureKind.Window, Note: "32-bit MMIO"),
        };
        foreach (var device in map.Devices)
        {
            regions.Add(Region(device.Name, device.Range, PictureKind.Device));
        }

        foreach (var window in map.Avoided)
        {
            regions.Add(Region(window.Name, window.Range, PictureKind.Reserved) with { Note = "reserved: RAM avoids it" });
        }

        if (map.AboveRam is { } above)
        {
            regions.Add(Region("RAM above 4G", above, PictureKind.Ram) with
            {
                Note = map.Relocated ? "moved past the HyperTransport range" : "",
            });
        }

        if (map.DeviceMemory is { } deviceMemory)
        {
            regions.Add(Region("Device memory", deviceMemory, PictureKind.DeviceMemory) with { Note = "hot-plug" });
        }

        // A hole the host bridge does not advertise is still planned: the guest just is not told about it.
        regions.Add(new PictureRegion("PCI hole64", map.PciHole64Base, map.PciHole64Limit - map.PciHole64Base, PictureKind.Window,
            map.PciHole64Advertised ? PictureState.Enabled : PictureState.Disabled,
            map.PciHole64Advertised ? "64-bit MMIO" : "64-bit MMIO, not advertised (x-pci-hole64-fix=off)"));

        var machine = config.Machine.IsAlias ? $"{config.Machine.VersionName} ({config.Machine.Name})" : config.Machine.Name;
        var title = string.Format(CultureInfo.InvariantCulture, "{0}, RAM {1} (maxmem {2}, {3} slots), {4}, phys-bits {5}",
            machine, AddressText.Size(config.RamSize), AddressText.Size(config.MaxRamSize), config.Slots, config.CpuVendor, config.PhysBits);
        return new MapPicture(title, regions);
    }

    private static PictureRegion Region(string name, MemRange range, PictureKind kind) => new(name, range.Base, range.Size, kind);
}
