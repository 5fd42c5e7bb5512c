using System;
using System.Collections.Generic;
using System.Linq;

namespace Sample.Pc;

/// <summary>
/// A machine type that <c>-M</c> can name: the aliases <c>pc</c> and <c>q35</c> (the newest versions) or a versioned
/// <c>pc-i440fx-X.Y</c> / <c>pc-q35-X.Y</c> from <see cref="PcVersion"/> and <see cref="Q35Version"/>. Names and order
/// come from the generated <see cref="PcMemmap"/> and <see cref="Q35Memmap"/>, as the maps declare the versions.
/// </summary>
public sealed class MachineType
{
    private const string I440fxDescription = "Standard PC (i440FX + PIIX, 1996)";
    private const string Q35Description = "Standard PC (Q35 + ICH9, 2009)";

    // QEMU's development tree (10.2.50) measures machine ages from the next release, 11.0: it deprecates versions
    // more than three years older (up to 8.0) and stops registering those more than six years older (up to 5.0).
    private static readonly Version s_firstSupported = new(8, 1), s_firstRegistered = new(5, 1);

    private MachineType(string name, Chipset chipset, Enum version, bool alias)
    {
        Name = name;
        Chipset = chipset;
        Version = version;
        IsAlias = alias;
    }

    /// <summary>QEMU's <c>pc</c>: an alias of the newest i440FX version.</summary>
    public static MachineType Pc => All.First(t => t.Name == "pc");

    /// <summary>QEMU's <c>q35</c>: an alias of the newest Q35 version.</summary>
    public static MachineType Q35 => All.First(t => t.Name == "q35");

    /// <summary>Every machine type in <c>-M help</c>'s order: each alias, then its family's versions newest first.</summary>
    public static IReadOnlyList<MachineType> All { get; } = Build();

    /// <summary>The name given to <c>-M</c>.</summary>
    public string Name { get; }

    /// <summary>The machine family.</summary>
    public Chipset Chipset { get; }

    /// <summary>The machine version: a <see cref="PcVersion"/> for i440FX, a <see cref="Q35Version"/> for Q35.</summary>
    public Enum Version { get; }

    /// <summary>True for <c>pc</c> and <c>q35</c>, which name the newest version.</summary>
    public bool IsAlias { get; }

    /// <summary>The versioned name this type resolves to, e.g. <c>pc-q35-11.0</c> for <c>q35</c>.</summary>
    public string VersionName => Version is PcVersion pc ? PcMemmap.VersionName(pc) : Q35Memmap.VersionName((Q35Version)Version);

    /// <summary>The host bridge's QOM type, which <c>-global</c> names.</summary>
    public string HostBridge => Chipset == Chipset.I440fx ? "i440FX-pcihost" : "q35-pcihost";

    /// <summary>
    /// Whether QEMU's development tree still registers this type, so that <c>-M help</c> lists it. The older versions
    /// are still defined in its source, with their compat flags, and the sample accepts them.
    /// </summary>
    public bool IsListed => IsAlias || NumberOf(VersionName) >= s_firstRegistered;

    /// <summary>The one-line description <c>-M help</c> prints, with QEMU's alias, default and deprecation notes.</summary>
    public string Description
    {
        get
        {
            var text = Chipset == Chipset.I440fx ? I440fxDescription : Q35Description;
            if (IsAlias)
            {
                return text + " (alias of " + VersionName + ")";
            }

            if (Equals(Version, PcMemmap.LatestVersion))
            {
                return text + " (default)";
            }

            return NumberOf(VersionName) < s_firstSupported ? text + " (deprecated)" : text;
        }
    }

    /// <summary>Finds a machine type by its exact name.</summary>
    public static MachineType? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => Name;

    private static MachineType[] Build()
    {
        var types = new List<MachineType> { new("pc", Chipset.I440fx, PcMemmap.LatestVersion, alias: true) };
        for (var i = PcMemmap.VersionCount - 1; i >= 0; i--)
        {
            var version = PcMemmap.VersionFromOrdinal(i);
            types.Add(new MachineType(PcMemmap.VersionName(version), Chipset.I440fx, version, alias: false));
        }

        types.Add(new MachineType("q35", Chipset.Q35, Q35Memmap.LatestVersion, alias: true));
        for (var i = Q35Memmap.VersionCount - 1; i >= 0; i--)
        {
            var version = Q35Memmap.VersionFromOrdinal(i);
            types.Add(new MachineType(Q35Memmap.VersionName(version), Chipset.Q35, version, alias: false));
        }

        return types.ToArray();
    }

    // "pc-q35-4.0.1" is version 4.0.1.
    private static Version NumberOf(string name) => System.Version.Parse(name.Substring(name.LastIndexOf('-') + 1));
}
