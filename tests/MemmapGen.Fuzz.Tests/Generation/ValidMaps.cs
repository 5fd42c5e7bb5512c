using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>
/// Random maps that satisfy every declaration rule: fixed regions below RAM (nested by containment, aligned where they
/// say so, within AddressBits), one optional RAM block, power-of-two floating regions, optional machine versions.
/// </summary>
internal static class ValidMaps
{
    private static readonly ContainerModel[] ContainerPool =
    {
        new("public static partial", "class", "Machine"),
        new("public partial", "struct", "Board"),
        new("public partial", "record", "Spec"),
        new("public partial", "record struct", "Pair"),
        new("internal static partial", "class", "Inner"),
        new("public partial", "interface", "IBoard"),
    };

    private static readonly string?[] Underlying = { null, null, null, "int", "uint", "long", "ulong", "byte", "ushort", "short", "sbyte" };

    public static MapModel Build(Random random, int index)
    {
        var map = new MapModel
        {
            NamespaceStyle = (NamespaceStyle)(random.Next(10) switch { < 7 => 0, < 9 => 1, _ => 2 }),
            Namespace = random.Next(3) == 0 ? "Fuzz.Maps" + index.ToString(CultureInfo.InvariantCulture) : "Boards",
            EnumName = Names.Enum(random, index),
            MapAttributeName = AttributeName(random, "MemoryMap"),
        };
        if (random.Next(4) == 0)
        {
            var typeName = Names.TypeName(random) + (index == 0 ? string.Empty : index.ToString(CultureInfo.InvariantCulture));
            if (typeName != map.EnumName)
            {
                map.SetMapArgument("TypeName", "\"" + typeName + "\"");
            }
        }

        var bits = 64;
        if (random.Next(6) == 0)
        {
            bits = random.Next(2) == 0 ? 64 : random.Next(36, 64);
            map.SetMapArgument("AddressBits", bits.ToString(CultureInfo.InvariantCulture));
        }

        if (random.Next(5) == 0)
        {
            // Named per-region members forced on or off: both shapes of the companion must compile and run.
            map.SetMapArgument("RegionConstants", random.Next(2) == 0 ? "true" : "false");
        }

        if (random.Next(7) == 0)
        {
            foreach (var container in ContainerPool.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
            {
                map.Containers.Add(container);
            }

            map.Modifiers = random.Next(12) switch { 0 => "private", < 4 => "internal", _ => "public" };
        }
        else
        {
            map.Modifiers = random.Next(4) == 0 ? "internal" : "public";
        }

        var taken = new HashSet<string> { Names.Key(map.EnumName) };
        var top = (UInt128)1 << bits;
        var regions = new List<RegionModel>();
        var ram = AddRam(random, regions, taken, top);
        AddFixed(random, regions, taken, ram?.Base ?? top, ram is null && bits == 64);
        var versions = random.Next(4) == 0 ? AddVersions(random, map, index) : null;
        AddFloating(random, regions, taken, versions);
        for (var i = random.Next(10) == 0 ? random.Next(1, 3) : 0; i > 0; i--)
        {
            regions.Add(new RegionModel(Names.Region(random, taken), RegionRole.IndexOnly));
        }

        if (random.Next(3) == 0)
        {
            regions = regions.OrderBy(_ => random.Next()).ToList();
        }

        map.Regions.AddRange(regions);
        AssignValues(random, map);
        return map;
    }

    public static string AttributeName(Random random, string name) => random.Next(8) switch
    {
        0 => name + "Attribute",
        1 => "global::MemmapGen." + name,
        2 => "MemmapGen." + name + "Attribute",
        _ => name,
    };

    private static RegionModel? AddRam(Random random, List<RegionModel> regions, HashSet<string> taken, UInt128 top)
    {
        if (random.Next(10) >= 7)
        {
            return null;
        }

        ulong[] bases = { 0, 1UL << 30, 2UL << 30, 0x8000_0000, 4UL << 30, 1UL << 40, 1UL << random.Next(20, 48) };
        var @base = bases[random.Next(bases.Length)];
        ulong[] windows = { 0, 0, 1UL << 30, 3UL << 30, 255UL << 30, 1UL << random.Next(20, 50) };
        var window = windows[random.Next(windows.Length)];
        if (@base + (UInt128)window > top)
        {
            @base = 0;
            window = 0;
        }

        var attribute = new AttributeModel(AttributeName(random, "Ram"), Literals.Of(@base, random));
        if (window != 0 || random.Next(5) == 0)
        {
            attribute.With("LegacyLimit", Literals.Of(window, random));
        }

        if (random.Next(2) == 0)
        {
            attribute.With("DeviceMemoryAlignment", Literals.Of(random.Next(3) == 0 ? 0 : 1UL << random.Next(12, 35), random));
        }

        if (random.Next(2) == 0)
        {
            ulong[] slots = { 0, 1UL << 30, 3UL << 30, 1UL << random.Next(12, 40) };
            attribute.With("SlotSize", Literals.Of(slots[random.Next(slots.Length)], random));
        }

        if (random.Next(2) == 0)
        {
            attribute.With("MaxSlots", random.Next(0, 300).ToString(CultureInfo.InvariantCulture));
        }

        var region = new RegionModel(Names.Region(random, taken), RegionRole.Ram) { Base = @base, Size = window };
        region.Attributes.Add(attribute);
        regions.Add(region);
        return region;
    }

    /// <summary>Fixed regions in [0, limit): plain ones and containers holding up to three children.</summary>
    private static void AddFixed(Random random, List<RegionModel> regions, HashSet<string> taken, UInt128 limit, bool allowTop)
    {
        var count = random.Next(10) == 0 ? random.Next(20, 60) : random.Next(0, 9);
        UInt128 cursor = random.Next(3) == 0 ? 0 : (ulong)random.Next(0, 16) * 0x1000;
        for (var i = 0; i < count; i++)
        {
            var gap = random.Next(3) == 0 ? (ulong)random.Next(1, 64) * 0x1000 : 0;
            if (random.Next(5) == 0)
            {
                var size = 1UL << random.Next(14, 29);
                var @base = AlignUp(cursor + gap, size);
                if (@base + size > limit)
                {
                    break;
                }

                var container = Fixed(random, taken, (ulong)@base, size);
                regions.Add(container);
                var quarter = size / 4;
                for (var c = 0; c < 4; c++)
                {
                    if (random.Next(2) == 0)
                    {
                        var child = Fixed(random, taken, (ulong)@base + (ulong)c * quarter, quarter);
                        child.Attributes[0].With("Within", container.Name);
                        regions.Add(child);
                    }
                }

                cursor = @base + size;
            }
            else
            {
                var pow2 = random.Next(2) == 0;
                var size = pow2 ? 1UL << random.Next(12, 29) : (ulong)random.Next(1, 17) * 0x1000;
                var @base = AlignUp(cursor + gap, pow2 ? size : 0x1000);
                if (@base + size > limit)
                {
                    break;
                }

                regions.Add(Fixed(random, taken, (ulong)@base, size));
                cursor = @base + size;
            }
        }

        if (allowTop && random.Next(6) == 0 && cursor <= ((UInt128)1 << 64) - 0x1000)
        {
            regions.Add(Fixed(random, taken, 0xFFFF_FFFF_FFFF_F000, 0x1000));
        }
    }

    private static RegionModel Fixed(Random random, HashSet<string> taken, ulong @base, ulong size)
    {
        var region = new RegionModel(Names.Region(random, taken), RegionRole.Fixed) { Base = @base, Size = size };
        var attribute = new AttributeModel(AttributeName(random, "Fixed"), Literals.Of(@base, random), Literals.Of(size, random));
        if (random.Next(5) == 0)
        {
            // Any power of two that divides the base (0 is aligned to everything).
            var alignment = @base == 0 ? 1UL << random.Next(0, 40) : 1UL << random.Next(0, System.Numerics.BitOperations.TrailingZeroCount(@base) + 1);
            attribute.With("Alignment", Literals.Of(alignment, random));
        }

        region.Attributes.Add(attribute);
        return region;
    }

    private static VersionsModel AddVersions(Random random, MapModel map, int index)
    {
        var versions = new VersionsModel("BoardVersion" + index.ToString(CultureInfo.InvariantCulture));
        var count = random.Next(1, 5);
        var legacyUpTo = random.Next(0, count + 1);
        for (var v = 0; v < count; v++)
        {
            var layout = v < legacyUpTo ? ", Layout = FloatingLayout.Legacy" : random.Next(3) == 0 ? ", Layout = FloatingLayout.Compact" : string.Empty;
            versions.Members.Add(("V" + v.ToString(CultureInfo.InvariantCulture), "[" + AttributeName(random, "MachineVersion") + "(\"board-" + v.ToString(CultureInfo.InvariantCulture) + ".0\"" + layout + ")]"));
        }

        versions.Modifiers = random.Next(4) == 0 ? "internal" : "public"; // the companion follows the narrower of the two
        map.Versions = versions;
        map.SetMapArgument("Versions", "typeof(" + versions.EnumName + ")");
        return versions;
    }

    private static void AddFloating(Random random, List<RegionModel> regions, HashSet<string> taken, VersionsModel? versions)
    {
        var count = random.Next(20) switch { 0 => random.Next(33, 41), < 12 => random.Next(0, 5), _ => random.Next(5, 7) };
        for (var i = 0; i < count; i++)
        {
            var size = 1UL << (random.Next(10) == 0 ? random.Next(41, 64) : random.Next(12, 41));
            var attribute = new AttributeModel(AttributeName(random, "Floating"), Literals.Of(size, random));
            if (random.Next(5) == 0)
            {
                attribute.With("Alignment", Literals.Of(1UL << random.Next(12, 41), random));
            }

            if (random.Next(4) == 0)
            {
                attribute.With("Resizable", random.Next(4) == 0 ? "false" : "true");
            }

            if (versions is not null && random.Next(3) == 0)
            {
                attribute.With("Since", versions.EnumName + "." + versions.Members[random.Next(versions.Members.Count)].Member);
            }

            if (versions is not null && random.Next(3) == 0)
            {
                attribute.With("EnabledSince", versions.EnumName + "." + versions.Members[random.Next(versions.Members.Count)].Member);
            }

            var region = new RegionModel(Names.Region(random, taken), RegionRole.Floating) { Size = size };
            region.Attributes.Add(attribute);
            regions.Add(region);
        }
    }

    /// <summary>A new floating region with a fresh name and no explicit value (appended after a baseline was taken).</summary>
    public static RegionModel Floating(Random random, MapModel map)
    {
        var taken = new HashSet<string>(map.Regions.Select(r => Names.Key(r.Name))) { Names.Key(map.EnumName) };
        var size = 1UL << random.Next(12, 41);
        var region = new RegionModel(Names.Region(random, taken), RegionRole.Floating) { Size = size };
        region.Attributes.Add(new AttributeModel("Floating", Literals.Of(size, random)));
        return region;
    }

    /// <summary>Sometimes an underlying type, and explicit distinct values that fit it.</summary>
    private static void AssignValues(Random random, MapModel map)
    {
        var underlying = Underlying[random.Next(Underlying.Length)];
        var (min, max) = underlying switch
        {
            "byte" => (0L, 255L),
            "sbyte" => (-128L, 127L),
            "short" => (short.MinValue, (long)short.MaxValue),
            "ushort" => (0L, ushort.MaxValue),
            "uint" => (0L, uint.MaxValue),
            "ulong" or "long" => (0L, long.MaxValue),
            _ => (int.MinValue, (long)int.MaxValue),
        };
        if (map.Regions.Count > max + 1)
        {
            underlying = null;
            (min, max) = (int.MinValue, int.MaxValue);
        }

        map.Underlying = underlying;
        if (random.Next(5) != 0)
        {
            return;
        }

        var used = new HashSet<long>();
        foreach (var region in map.Regions)
        {
            long value;
            do
            {
                value = random.Next(3) == 0 ? random.NextInt64(min, max + 1) : Math.Clamp(random.Next(-4, 600), min, max);
            }
            while (!used.Add(value));

            region.Value = value.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static UInt128 AlignUp(UInt128 value, ulong alignment) => (value + alignment - 1) / alignment * alignment;
}
