using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using MemmapGen;

namespace Sample.Pc;

/// <summary>
/// A machine type that <c>-M</c> can name: the aliases <c>pc</c> and <c>q35</c> (the newest versions) or a versioned
/// <c>pc-i440fx-X.Y</c> / <c>pc-q35-X.Y</c> from <see cref="PcVersion"/> and <see cref="Q35Version"/>.
/// </summary>
public sealed class MachineType
{
    private const string I440fxDescription = "Standard PC (i440FX + PIIX, 1996)";
    private const string Q35Description = "Standard PC (Q35 + ICH9, 2009)";

    // QEMU's development tree (10.2.50) deprecates what is three years older than the next release, 11.0: up to 8.0.
    private static readonly Version s_firstSupported = new(8, 1);

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

    /// <summary>Every machine type as <c>-M help</c> lists them: each alias, then its family's versions newest first.</summary>
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
    public string VersionName => NameOf(Version);

    /// <summary>The host bridge's QOM type, which <c>-global</c> names.</summary>
    public string HostBridge => Chipset == Chipset.I440fx ? "i440FX-pcihost" : "q35-pcihost";

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

            if (Chipset == Chipset.I440fx && Equals(Version, Newest<PcVersion>()))
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
        var types = new List<MachineType> { new("pc", Chipset.I440fx, Newest<PcVersion>(), alias: true) };
        types.AddRange(NewestFirst<PcVersion>().Select(v => new MachineType(NameOf(v), Chipset.I440fx, v, alias: false)));
        types.Add(new MachineType("q35", Chipset.Q35, Newest<Q35Version>(), alias: true));
        types.AddRange(NewestFirst<Q35Version>().Select(v => new MachineType(NameOf(v), Chipset.Q35, v, alias: false)));
        return types.ToArray();
    }

    private static T Newest<T>()
        where T : struct, Enum => Enum.GetValues<T>().Max();

    private static IEnumerable<T> NewestFirst<T>()
        where T : struct, Enum => Enum.GetValues<T>().OrderByDescending(v => v);

    // The [MachineVersion] name of a version member.
    private static string NameOf(Enum version) =>
        version.GetType().GetField(version.ToString())!.GetCustomAttribute<MachineVersionAttribute>()!.Name;

    // "pc-q35-4.0.1" is version 4.0.1.
    private static Version NumberOf(string name) => System.Version.Parse(name.Substring(name.LastIndexOf('-') + 1));
}
