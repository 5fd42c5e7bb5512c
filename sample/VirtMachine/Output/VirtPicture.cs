using System.Collections.Generic;
using System.Globalization;
using MemmapGen;
using Sample.Output;

namespace Sample.Virt.Output;

/// <summary>
/// The <c>--svg</c> picture of a planned virt map: the same regions as the table (every fixed region, RAM, the
/// floating regions with their state, device memory), each given the kind its colour stands for.
/// </summary>
public static class VirtPicture
{
    /// <summary>The picture of <paramref name="layout"/>, planned for <paramref name="config"/>.</summary>
    public static MapPicture Of(MachineConfig config, in VirtMemmap.Layout layout)
    {
        var regions = new List<PictureRegion>();
        for (var ordinal = 0; ordinal < VirtMemmap.RegionCount; ordinal++)
        {
            var region = VirtMemmap.FromOrdinal(ordinal);
            var placement = layout.Get(region);
            var (state, note) = placement.State switch
            {
                PlacementState.Enabled => (PictureState.Enabled, VirtMachine.IsFloating(region) ? "floating" : ""),
                PlacementState.DoesNotFit => (PictureState.DoesNotFit, VirtMachine.WhyDisabled(region, placement.State, config)),
                _ => (PictureState.Disabled, VirtMachine.WhyDisabled(region, placement.State, config)),
            };
            regions.Add(new PictureRegion(region.ToString(), placement.Base, placement.Size, KindOf(region), state, note));
        }

        if (!layout.DeviceMemory.IsEmpty)
        {
            regions.Add(new PictureRegion("(device memory)", layout.DeviceMemory.Base, layout.DeviceMemory.Size, PictureKind.DeviceMemory,
                Note: "hot-plug"));
        }

        var layoutName = VirtMachine.FloatingLayoutOf(config) == FloatingLayout.Compact ? "compact" : "legacy";
        var title = string.Format(CultureInfo.InvariantCulture, "{0} ({1} high-memory layout), RAM {2}, PA bits {3}",
            config.Machine.Name, layoutName, AddressText.Size(config.RamSize), VirtMachine.EffectivePaBits(config));
        return new MapPicture(title, regions);
    }

    // RAM, the windows PCIe and the platform bus hand out to devices, and the devices themselves.
    private static PictureKind KindOf(VirtRegion region) => region switch
    {
        VirtRegion.Mem => PictureKind.Ram,
        VirtRegion.PcieMmio or VirtRegion.PciePio or VirtRegion.HighPcieMmio or VirtRegion.PlatformBus => PictureKind.Window,
        _ => PictureKind.Device,
    };
}
