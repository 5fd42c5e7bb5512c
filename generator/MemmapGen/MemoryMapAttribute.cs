using System;

namespace MemmapGen;

/// <summary>
/// Declares a guest-physical memory map. The enum's members are its regions; each carries one of
/// <see cref="FixedAttribute"/>, <see cref="RamAttribute"/> or <see cref="FloatingAttribute"/>.
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
}
