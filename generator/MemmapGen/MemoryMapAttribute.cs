using System;

namespace MemmapGen;

/// <summary>
/// Declares a guest-physical memory map. The enum's members are its regions; each carries one of
/// <see cref="FixedAttribute"/>, <see cref="RamAttribute"/>, <see cref="FloatingAttribute"/>, <see cref="RamBankAttribute"/>,
/// <see cref="ReservedAttribute"/>, <see cref="GapAttribute"/> or <see cref="WindowAttribute"/>.
/// The generator emits a static companion class (<see cref="TypeName"/>) with constants, lookup tables and a planner.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class MemoryMapAttribute : Attribute
{
    /// <summary>Name of the generated companion class; defaults to the enum's name followed by <c>Map</c>.</summary>
    public string? TypeName { get; set; }

    /// <summary>
    /// The widest physical address the platform can ever use (default 64). Regions past it are reported,
    /// and the planner rejects larger physical-address widths.
    /// </summary>
    public int AddressBits { get; set; } = 64;

    /// <summary>
    /// The enum whose members, marked <see cref="MachineVersionAttribute"/>, are the map's machine versions, oldest
    /// first. Plans then take a version, which picks the floating layout and the default enablement of floating
    /// regions; without versions a plan is compact with every floating region requested.
    /// </summary>
    public Type? Versions { get; set; }

    /// <summary>
    /// Whether the companion names each fixed region: a range property (<c>Flash</c>) and constants (<c>FlashBase</c>,
    /// <c>FlashSize</c>, <c>FlashLast</c>). When not set, maps of up to 1,024 members get them and larger maps do not:
    /// each named member costs the build time, and <c>Get(Region.Flash)</c> folds to the same constants for a constant
    /// argument. Set true to name the regions of a large map anyway, false to leave them out of a small one.
    /// </summary>
    public bool RegionConstants { get; set; }

    /// <summary>
    /// For maps with <see cref="RamBankAttribute"/> banks: the machine version from which, for a guest without 64-bit
    /// addressing, the end of device memory or of the last bank is its highest used address (QEMU: pc-*-8.2). Older
    /// versions take the whole physical-address width, so the bound check never fails for such guests. A plan may
    /// override. Not set: checked in every version.
    /// </summary>
    public object? CheckGuest32BitSince { get; set; }
}
