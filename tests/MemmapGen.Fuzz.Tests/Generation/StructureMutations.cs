using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>Malformed structure: duplicates, Within loops, containers the generator cannot serve, bad machine versions.</summary>
internal static class StructureMutations
{
    public static IEnumerable<Mutation> All => new[]
    {
        new Mutation("duplicate names and values", Duplicates),
        new Mutation("within cycle or self reference", Within),
        new Mutation("nested, generic or non-partial container", Containers),
        new Mutation("machine versions with bad references", Versions),
    };

    private static bool Duplicates(CaseDraft d)
    {
        var map = d.AnyMap;
        switch (d.Random.Next(6))
        {
            case 0 when map.Regions.Count > 0:
                // Same member name twice: the compiler's CS0102.
                var copy = map.Regions[d.Random.Next(map.Regions.Count)];
                var twin = new RegionModel(copy.Name, copy.Role);
                twin.Attributes.AddRange(copy.Attributes);
                map.Regions.Add(twin);
                return true;
            case 1 when map.Regions.Count > 1:
                var value = Pick.One(d.Random, "0", "1", "7");
                map.Regions[0].Value = value;
                map.Regions[^1].Value = value;
                return true;
            case 2 when map.Regions.Count > 1:
                map.Regions[^1].Value = map.Regions[0].Name;
                return true;
            case 3:
                // A second map with the same companion name in the same namespace.
                var second = ValidMaps.Build(d.Random, d.Maps.Count);
                second.Namespace = map.Namespace;
                second.NamespaceStyle = map.NamespaceStyle;
                second.Containers.Clear();
                second.Containers.AddRange(map.Containers);
                second.SetMapArgument("TypeName", "\"" + map.CompanionName + "\"");
                if (d.Random.Next(3) == 0)
                {
                    second.EnumName = map.EnumName;
                }

                d.Maps.Add(second);
                return true;
            case 4 when Pick.Region(d, RegionRole.Fixed, RegionRole.Floating) is var (_, region):
                // Conflicting declarations on one member.
                region.Attributes.Add(new AttributeModel(Pick.One(d.Random, "Floating", "Ram", "Fixed"), "0x1000", "0x1000"));
                if (region.Attributes[^1].Name != "Fixed")
                {
                    region.Attributes[^1].Positional.RemoveAt(1);
                }

                return true;
            default:
                var ram = new RegionModel("SecondRam" + d.Random.Next(10).ToString(CultureInfo.InvariantCulture), RegionRole.Ram);
                ram.Attributes.Add(new AttributeModel("Ram", Pick.One(d.Random, "0", "0x4000_0000", "1UL << 40")).With("LegacyLimit", "1 * GiB"));
                map.Regions.Add(ram);
                return true;
        }
    }

    private static bool Within(CaseDraft d)
    {
        if (Pick.Region(d, RegionRole.Fixed) is not var (map, region))
        {
            return false;
        }

        var attribute = region.Attributes[0];
        attribute.Named.RemoveAll(n => n.Key == "Within");
        var others = map.Regions.Where(r => r != region).ToList();
        switch (d.Random.Next(6))
        {
            case 0:
                attribute.With("Within", region.Name);
                return true;
            case 1 when others.FirstOrDefault(r => r.Role == RegionRole.Fixed) is { } other:
                // A two-region loop (and sometimes three).
                attribute.With("Within", other.Name);
                other.Attributes[0].Named.RemoveAll(n => n.Key == "Within");
                other.Attributes[0].With("Within", region.Name);
                return true;
            case 2 when others.FirstOrDefault(r => r.Role != RegionRole.Fixed) is { } other:
                attribute.With("Within", other.Name);
                return true;
            case 3:
                d.ExtraSources.RemoveAll(s => s.Path == "Other.cs");
                d.ExtraSources.Add(new Infrastructure.CaseFile("Other.cs", "public enum FuzzOther { A, B }"));
                attribute.With("Within", "global::FuzzOther.A");
                return true;
            case 4 when d.Maps.Count > 1 && d.Maps.First(m => m != map) is var otherMap && otherMap.Regions.Count > 0:
                attribute.With("Within", Qualified(otherMap) + "." + otherMap.Regions[0].Name);
                return true;
            default:
                attribute.With("Within", Pick.One(d.Random, "3", "\"Flash\"", "(" + map.EnumName + ")999", "null", "typeof(int)"));
                return true;
        }
    }

    private static bool Containers(CaseDraft d)
    {
        var map = d.AnyMap;
        switch (d.Random.Next(5))
        {
            case 0:
                map.Containers.Insert(0, new ContainerModel("public", "class", "Plain"));
                break;
            case 1:
                map.Containers.Add(new ContainerModel("public partial", "class", "Generic", "<T>"));
                break;
            case 2:
                map.Modifiers = "file";
                map.Containers.Clear();
                break;
            case 3:
                map.Containers.Add(new ContainerModel("public", Pick.One(d.Random, "struct", "record", "interface"), "Sealed"));
                break;
            default:
                map.Containers.Insert(0, new ContainerModel("public partial", "class", "Outer", "<TKey, TValue>"));
                map.Containers.Add(new ContainerModel("private partial", "class", "Hidden"));
                break;
        }

        return true;
    }

    private static bool Versions(CaseDraft d)
    {
        var map = d.AnyMap;
        if (map.Versions is null)
        {
            map.Versions = new VersionsModel("FuzzVersion");
            map.Versions.Members.Add(("V1", "[MachineVersion(\"v1\")]"));
            map.SetMapArgument("Versions", "typeof(FuzzVersion)");
        }

        var versions = map.Versions;
        switch (d.Random.Next(7))
        {
            case 0:
                map.SetMapArgument("Versions", Pick.One(d.Random, "typeof(int)", "typeof(string)", "typeof(" + map.EnumName + ")", "typeof(Nope)", "null", "typeof(FuzzConstsMissing)"));
                return true;
            case 1:
                versions.Members.Add(("Unnamed", string.Empty));
                return true;
            case 2:
                versions.Members.Add(("Bad", Pick.One(d.Random, "[MachineVersion(null)]", "[MachineVersion(\"\")]", "[MachineVersion]", "[MachineVersion(\"v1\")]",
                    "[MachineVersion(\"x\", Layout = (FloatingLayout)7)]", "[MachineVersion(42)]")));
                return true;
            case 3:
                versions.Members.Clear();
                return true;
            default:
                if (Pick.Region(d, RegionRole.Floating, RegionRole.Fixed) is not var (_, region))
                {
                    return false;
                }

                region.Attributes[0].With(Pick.One(d.Random, "Since", "EnabledSince"), Pick.One(d.Random, "3", "global::FuzzOther2.A", "(" + versions.EnumName + ")99",
                    versions.EnumName + ".Missing", "\"v1\"", map.EnumName + "." + region.Name, "null"));
                d.ExtraSources.RemoveAll(s => s.Path == "Other2.cs");
                d.ExtraSources.Add(new Infrastructure.CaseFile("Other2.cs", "public enum FuzzOther2 { A }"));
                return true;
        }
    }

    private static string Qualified(MapModel map) =>
        "global::" + (map.NamespaceStyle == NamespaceStyle.Global ? string.Empty : map.Namespace + ".")
        + string.Concat(map.Containers.Select(c => c.Name + ".")) + map.EnumName;
}
