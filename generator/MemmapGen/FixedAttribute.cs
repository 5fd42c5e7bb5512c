using System;

namespace MemmapGen;

/// <summary>A region whose base and size are known when the VMM is written (QEMU's <c>base_memmap</c>).</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class FixedAttribute : Attribute
{
    /// <summary>Declares a fixed region <c>[base, base + size)</c>.</summary>
    /// <param name="base">Guest-physical base address.</param>
    /// <param name="size">Size in bytes; the region may end exactly at 2^64.</param>
    public FixedAttribute(ulong @base, ulong size)
    {
        Base = @base;
        Size = size;
    }

    /// <summary>Guest-physical base address.</summary>
    public ulong Base { get; }

    /// <summary>Size in bytes.</summary>
    public ulong Size { get; }

    /// <summary>
    /// Another member of the same map that deliberately contains this region (QEMU's <c>CPUPERIPHS</c>
    /// holds the GIC distributor): containment is declared, so it is not an overlap.
    /// </summary>
    public object? Within { get; set; }

    /// <summary>Required alignment of <see cref="Base"/> (a power of two); 0 means none.</summary>
    public ulong Alignment { get; set; }
}
