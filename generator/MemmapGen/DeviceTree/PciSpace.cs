namespace MemmapGen.DeviceTree;

/// <summary>
/// The address space of a PCI bus address: the space code in bits 24-25 of the first cell (<c>phys.hi</c>) of a
/// three-cell PCI address (IEEE 1275 PCI binding).
/// </summary>
public enum PciSpace : byte
{
    /// <summary>Configuration space (<c>phys.hi</c> 0x0000_0000).</summary>
    Configuration = 0,

    /// <summary>I/O space (<c>phys.hi</c> 0x0100_0000).</summary>
    Io = 1,

    /// <summary>32-bit memory space (<c>phys.hi</c> 0x0200_0000).</summary>
    Memory32 = 2,

    /// <summary>64-bit memory space (<c>phys.hi</c> 0x0300_0000).</summary>
    Memory64 = 3,
}
