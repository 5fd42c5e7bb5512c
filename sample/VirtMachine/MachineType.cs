using System;
using System.Collections.Generic;
using MemmapGen;

namespace Sample.Virt;

/// <summary>
/// A machine type that <c>-M</c> can name. The memory map's layout rules are guest ABI, so they belong to the
/// machine version: <c>virt-7.1</c> and older would be listed here with <see cref="FloatingLayout.Legacy"/>.
/// </summary>
public sealed class MachineType
{
    private MachineType(string name, string description, FloatingLayout floatingLayout)
    {
        Name = name;
        Description = description;
        FloatingLayout = floatingLayout;
    }

    /// <summary>QEMU's <c>virt</c>: the newest Arm virt machine version, with the compact high-memory layout.</summary>
    public static MachineType Virt { get; } = new("virt", "QEMU Arm virtual machine (latest version)", FloatingLayout.Compact);

    /// <summary>Every supported machine type, in the order <c>-M help</c> would list them.</summary>
    public static IReadOnlyList<MachineType> All { get; } = new[] { Virt };

    /// <summary>The name given to <c>-M</c>.</summary>
    public string Name { get; }

    /// <summary>A one-line description.</summary>
    public string Description { get; }

    /// <summary>The floating layout this version uses unless <c>compact-highmem</c> overrides it.</summary>
    public FloatingLayout FloatingLayout { get; }

    /// <summary>Finds a machine type by its exact name.</summary>
    public static MachineType? Find(string name)
    {
        foreach (var type in All)
        {
            if (string.Equals(type.Name, name, StringComparison.Ordinal))
            {
                return type;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
