using System;
using System.Collections.Generic;
using MemmapGen;

namespace Sample.Virt;

/// <summary>
/// A machine type that <c>-M</c> can name: plain <c>virt</c> (the newest version) or a versioned
/// <c>virt-X.Y</c> from <see cref="VirtVersion"/>. The floating layout and the default enablement of high regions
/// are guest ABI, so they come from the version, through the generated <see cref="VirtMemmap"/>.
/// </summary>
public sealed class MachineType
{
    private MachineType(string name, VirtVersion? version)
    {
        Name = name;
        Version = version;
    }

    /// <summary>QEMU's <c>virt</c>: an alias of the newest machine version.</summary>
    public static MachineType Virt { get; } = new("virt", null);

    /// <summary>Every machine type, <c>virt</c> first, then the versions newest first, as <c>-M help</c> lists them.</summary>
    public static IReadOnlyList<MachineType> All { get; } = Build();

    /// <summary>The name given to <c>-M</c>.</summary>
    public string Name { get; }

    /// <summary>The machine version; null for plain <c>virt</c>, which plans as the newest.</summary>
    public VirtVersion? Version { get; }

    /// <summary>The version this type resolves to.</summary>
    public VirtVersion ResolvedVersion => Version ?? VirtMemmap.LatestVersion;

    /// <summary>The floating layout this version uses unless <c>compact-highmem</c> overrides it.</summary>
    public FloatingLayout FloatingLayout => VirtMemmap.VersionLayout(ResolvedVersion);

    /// <summary>A one-line description, as <c>-M help</c> prints it.</summary>
    public string Description => Version is null
        ? "QEMU " + VirtMemmap.VersionName(ResolvedVersion) + " ARM Virtual Machine (alias of " + VirtMemmap.VersionName(ResolvedVersion) + ")"
        : "QEMU " + Name + " ARM Virtual Machine, " + (FloatingLayout == FloatingLayout.Legacy ? "legacy" : "compact") + " high-memory layout";

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

    private static MachineType[] Build()
    {
        var types = new List<MachineType> { Virt };
        for (var i = VirtMemmap.VersionCount - 1; i >= 0; i--)
        {
            var version = VirtMemmap.VersionFromOrdinal(i);
            types.Add(new MachineType(VirtMemmap.VersionName(version), version));
        }

        return types.ToArray();
    }
}
