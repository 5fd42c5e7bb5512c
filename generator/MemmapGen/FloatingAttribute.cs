using System;

namespace MemmapGen;

/// <summary>
/// A region whose size is known but whose base is computed at plan time: floating regions are placed above RAM
/// and device memory in declaration order, each aligned (by default) to its own size, and disabled when they
/// do not fit the physical-address width (QEMU's <c>extended_memmap</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class FloatingAttribute : Attribute
{
    /// <summary>Declares a floating region of <paramref name="size"/> bytes.</summary>
    public FloatingAttribute(ulong size) => Size = size;

    /// <summary>Declared (default) size in bytes.</summary>
    public ulong Size { get; }

    /// <summary>Alignment of the planned base (a power of two); 0 (the default) aligns the region to its own size.</summary>
    public ulong Alignment { get; set; }

    /// <summary>The size may be raised at plan time to a larger power of two (QEMU's <c>highmem-mmio-size</c>).</summary>
    public bool Resizable { get; set; }

    /// <summary>
    /// The machine version (a member of the map's version enum) that introduced the region. Older versions do not
    /// have it at all: it reserves no address space there, even in the legacy layout.
    /// </summary>
    public object? Since { get; set; }

    /// <summary>
    /// The first machine version in which the region is requested by default; older versions have it but leave it
    /// disabled unless a plan asks for it (QEMU: high PCIe ECAM is off by default up to virt-2.12).
    /// </summary>
    public object? EnabledSince { get; set; }
}
