using System.Collections.Generic;

namespace Sample.Output;

/// <summary>What a region of a pictured map is, which decides its fill colour.</summary>
public enum PictureKind
{
    /// <summary>Guest RAM.</summary>
    Ram,

    /// <summary>Address space kept for hot-plugged memory.</summary>
    DeviceMemory,

    /// <summary>A device's registers, flash or firmware.</summary>
    Device,

    /// <summary>Address space handed to a bus for its devices: a PCI hole, a PCIe MMIO window, the platform bus.</summary>
    Window,

    /// <summary>Addresses the guest must not use, such as the AMD HyperTransport range.</summary>
    Reserved,
}

/// <summary>Whether a pictured region is present in the guest, or why not.</summary>
public enum PictureState
{
    /// <summary>Present.</summary>
    Enabled,

    /// <summary>Planned but switched off (not requested, not advertised): drawn at the slot the plan records for it.</summary>
    Disabled,

    /// <summary>Left out because it does not fit the physical-address width.</summary>
    DoesNotFit,
}

/// <summary>One region of a pictured map.</summary>
/// <param name="Name">The label; any text (it is escaped).</param>
/// <param name="Base">The first address.</param>
/// <param name="Size">The size in bytes; an empty region is listed under the picture rather than drawn.</param>
/// <param name="Kind">What it is (its colour).</param>
/// <param name="State">Present or not (a disabled region is drawn grey with a dashed outline).</param>
/// <param name="Note">A longer description, shown as the rectangle's tooltip (e.g. why it is disabled).</param>
public sealed record PictureRegion(string Name, ulong Base, ulong Size, PictureKind Kind, PictureState State = PictureState.Enabled, string Note = "");

/// <summary>A planned memory map to draw: its title and its regions, in any order (the picture sorts them by address).</summary>
/// <param name="Title">The first line of the picture, e.g. the machine and its RAM.</param>
/// <param name="Regions">The regions to draw.</param>
public sealed record MapPicture(string Title, IReadOnlyList<PictureRegion> Regions);
