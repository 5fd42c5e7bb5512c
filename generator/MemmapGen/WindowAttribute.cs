using System;

namespace MemmapGen;

/// <summary>
/// A window placed at plan time after device memory, or after the last RAM bank when there is none (QEMU: the 64-bit
/// PCI hole). Its base is that end rounded up to <see cref="Alignment"/>; its advertised end is <c>base + size</c>
/// rounded up to <see cref="Alignment"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class WindowAttribute : Attribute
{
    /// <summary>Declares a window of <paramref name="size"/> bytes (a plan may override the size).</summary>
    public WindowAttribute(ulong size) => Size = size;

    /// <summary>Declared (default) size in bytes.</summary>
    public ulong Size { get; }

    /// <summary>Alignment of the base and of the advertised end (a power of two; QEMU: 1 GiB). 0 (the default): none.</summary>
    public ulong Alignment { get; set; }

    /// <summary>
    /// The machine version from which the window is advertised to the guest (QEMU: pc-*-2.11, <c>x-pci-hole64-fix</c>);
    /// before it the window is planned but not advertised. Not set: always advertised.
    /// </summary>
    public object? AdvertisedSince { get; set; }

    /// <summary>
    /// Whether the window counts toward the highest used address only for guests with 64-bit addressing (the default,
    /// as in QEMU); false counts it for every guest.
    /// </summary>
    public bool Requires64BitGuest { get; set; } = true;
}
