using System;

namespace MemmapGen;

/// <summary>
/// The guest's RAM block, starting at a fixed base. Its size is a planning input; hot-pluggable device memory
/// follows it, and floating regions are placed above both.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class RamAttribute : Attribute
{
    /// <summary>Declares RAM starting at <paramref name="base"/>.</summary>
    public RamAttribute(ulong @base) => Base = @base;

    /// <summary>Guest-physical address where RAM starts.</summary>
    public ulong Base { get; }

    /// <summary>
    /// Size of the RAM window reserved in the fixed map (QEMU: 255 GiB). Fixed regions may not overlap
    /// <c>[Base, Base + LegacyLimit)</c>, and the floating area never starts below <c>Base + LegacyLimit</c>.
    /// 0 (the default): no reserved window and no floor.
    /// </summary>
    public ulong LegacyLimit { get; set; }

    /// <summary>
    /// Rounding of device (hot-plug) memory (QEMU: 1 GiB): its base is the end of RAM rounded up to it, and its
    /// size is rounded up to it when the floating area is placed. 0 (the default): no rounding.
    /// </summary>
    public ulong DeviceMemoryAlignment { get; set; }

    /// <summary>Extra device memory reserved per hot-plug slot (QEMU: 1 GiB). 0 (the default): none.</summary>
    public ulong SlotSize { get; set; }

    /// <summary>Largest number of hot-plug slots the planner accepts (QEMU: 256). 0 (the default): no limit.</summary>
    public uint MaxSlots { get; set; }
}
