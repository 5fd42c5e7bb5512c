using System;

namespace MemmapGen;

/// <summary>
/// A hole derived at plan time: from the end of a RAM bank to the base of a fixed region (QEMU: the 32-bit PCI hole,
/// from the end of RAM below 4 GiB to the I/O APIC). A plan whose bank reaches the region fails.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class GapAttribute : Attribute
{
    /// <summary>The <see cref="RamBankAttribute"/> member the gap starts after.</summary>
    public object? After { get; set; }

    /// <summary>The <see cref="FixedAttribute"/> member whose base ends the gap.</summary>
    public object? Before { get; set; }
}
