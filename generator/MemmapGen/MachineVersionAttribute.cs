using System;

namespace MemmapGen;

/// <summary>
/// Marks a member of a machine-version enum (named by <see cref="MemoryMapAttribute.Versions"/>). Versions are
/// declared oldest first; each keeps its floating layout forever, because a guest migrated to a newer VMM with
/// the same machine version expects every device at the same address.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class MachineVersionAttribute : Attribute
{
    /// <summary>Declares a machine version called <paramref name="name"/> (QEMU: <c>virt-7.1</c>).</summary>
    public MachineVersionAttribute(string name) => Name = name;

    /// <summary>The version's user-facing name.</summary>
    public string Name { get; }

    /// <summary>The floating layout plans of this version use unless overridden (default compact).</summary>
    public FloatingLayout Layout { get; set; }
}
