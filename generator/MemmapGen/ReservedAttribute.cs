using System;

namespace MemmapGen;

/// <summary>
/// A fixed window that RAM must avoid when a plan asks (QEMU: the AMD HyperTransport range below 1 TiB, avoided for AMD
/// guests). A bank names it with <see cref="RamBankAttribute.RelocatePast"/>. When active, the window is also reported as
/// a reserved e820 entry if it starts below 2^PhysAddrBits.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class ReservedAttribute : Attribute
{
    /// <summary>Declares the reserved window <c>[base, base + size)</c>.</summary>
    public ReservedAttribute(ulong @base, ulong size)
    {
        Base = @base;
        Size = size;
    }

    /// <summary>Guest-physical base address.</summary>
    public ulong Base { get; }

    /// <summary>Size in bytes.</summary>
    public ulong Size { get; }

    /// <summary>
    /// The machine version (a member of the map's version enum) from which the window is enforced when a plan asks to
    /// avoid it (QEMU: pc-*-7.1); a plan may override. Not set: enforced in every version.
    /// </summary>
    public object? Since { get; set; }
}
