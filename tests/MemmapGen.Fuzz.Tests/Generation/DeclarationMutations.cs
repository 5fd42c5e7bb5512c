using System.Collections.Generic;
using System.Linq;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>Malformed attribute arguments: non-constant, missing, erroneous, huge, zero, not a power of two.</summary>
internal static class DeclarationMutations
{
    private const string Consts = "public static class FuzzConsts { public static readonly ulong Field = 0x1000; public const int Small = 3; }";

    public static IEnumerable<Mutation> All => new[]
    {
        new Mutation("non-constant argument", NonConstant),
        new Mutation("missing argument", Missing),
        new Mutation("error type", ErrorType),
        new Mutation("huge value", Huge),
        new Mutation("zero or non-power-of-two", ZeroOrNotPow2),
        new Mutation("bad map arguments", MapArguments),
    };

    private static bool NonConstant(CaseDraft d)
    {
        d.ExtraSources.RemoveAll(s => s.Path == "Consts.cs");
        d.ExtraSources.Add(new Infrastructure.CaseFile("Consts.cs", Consts));
        var value = Pick.One(d.Random, "System.Environment.TickCount", "(ulong)System.DateTime.Now.Ticks", "FuzzConsts.Field", "new object()",
            "default", "null", "\"0x1000\"", "1.5", "'c'", "true", "typeof(int)", "(ulong)(object)1UL", "FuzzConsts.Small", "nameof(FuzzConsts)",
            "new[] { 1 }", "new object[] { 0x1000UL }", "new ulong[0]", "(0x1000)", "0x1000L", "4096u", "0b1_0000_0000_0000", "-0x1000");
        return ReplaceArgument(d, value, named: d.Random.Next(3) == 0);
    }

    private static bool Missing(CaseDraft d)
    {
        if (Pick.Region(d) is not var (_, region))
        {
            return false;
        }

        var attribute = region.Attributes[0];
        switch (d.Random.Next(6))
        {
            case 0:
                attribute.NoParentheses = true;
                break;
            case 1:
                attribute.Positional.Clear();
                break;
            case 2 when attribute.Positional.Count > 0:
                attribute.Positional.RemoveAt(d.Random.Next(attribute.Positional.Count));
                break;
            case 3:
                attribute.RawArguments = string.Join(", ", attribute.Positional) + ", ";
                break;
            case 4:
                attribute.RawArguments = Pick.One(d.Random, "(", "0x1000 0x1000", ",", "Within = ", "0x1000, Alignment =", ")");
                break;
            default:
                attribute.With(Pick.One(d.Random, "Within", "Alignment", "Since", "Resizable", "LegacyLimit"), string.Empty);
                break;
        }

        return true;
    }

    private static bool ErrorType(CaseDraft d)
    {
        switch (d.Random.Next(5))
        {
            case 0:
                return ReplaceArgument(d, Pick.One(d.Random, "Nope.Value", "Missing", "global::Nope.X", "Nope<int>.Y"), named: d.Random.Next(2) == 0);
            case 1:
                d.AnyMap.Underlying = Pick.One(d.Random, "Nope", "string", "char", "bool", "nint", "System.Nope");
                return true;
            case 2 when Pick.Region(d) is var (_, region):
                region.Attributes[0].Name = Pick.One(d.Random, "Nope", "Fixd", "MemmapGen.Nope", "Obsolete");
                return true;
            case 3 when Pick.Region(d) is var (_, region):
                region.Attributes[0].With(Pick.One(d.Random, "Bogus", "Base", "Size"), "1");
                return true;
            default:
                d.AnyMap.SetMapArgument(Pick.One(d.Random, "Versions", "TypeName", "Bogus"), Pick.One(d.Random, "typeof(Nope)", "Nope.Name", "typeof(Nope<>)"));
                return true;
        }
    }

    private static bool Huge(CaseDraft d)
    {
        var value = Pick.One(d.Random, "0xFFFF_FFFF_FFFF_FFFF", "ulong.MaxValue", "ulong.MaxValue + 1", "0x1_0000_0000_0000_0000", "-1",
            "long.MinValue", "1UL << 63", "1UL << 64", "0x8000_0000_0000_0000", "0xFFFF_FFFF_FFFF_F000", "18446744073709551616", "unchecked(ulong.MaxValue + 2)");
        if (d.Random.Next(3) == 0 && Pick.Region(d, RegionRole.Ram) is var (_, ram))
        {
            ram.Attributes[0].With(Pick.One(d.Random, "LegacyLimit", "SlotSize", "DeviceMemoryAlignment", "MaxSlots"),
                Pick.One(d.Random, value, "uint.MaxValue", "4294967296", "int.MaxValue"));
            return true;
        }

        if (d.Random.Next(4) == 0)
        {
            d.AnyMap.SetMapArgument("AddressBits", Pick.One(d.Random, "int.MaxValue", "0", "65", "-1", "1", "128", "int.MinValue"));
            return true;
        }

        if (d.Random.Next(6) == 0)
        {
            d.AnyMap.SetMapArgument("RegionConstants", Pick.One(d.Random, "1", "\"true\"", "null", "System.DateTime.Now.Second > 1", "default", "!true"));
            return true;
        }

        if (d.Random.Next(4) == 0 && Pick.Region(d, RegionRole.Fixed) is var (_, region))
        {
            // Ends past 2^64.
            region.Attributes[0].Positional.Clear();
            region.Attributes[0].Positional.AddRange(new[] { "0xFFFF_FFFF_FFFF_F000", Pick.One(d.Random, "0x2000", "0x1001", "ulong.MaxValue") });
            return true;
        }

        return ReplaceArgument(d, value, named: d.Random.Next(3) == 0);
    }

    private static bool ZeroOrNotPow2(CaseDraft d)
    {
        if (Pick.Region(d, RegionRole.Fixed, RegionRole.Floating, RegionRole.Ram) is not var (_, region))
        {
            return false;
        }

        var attribute = region.Attributes[0];
        var value = Pick.One(d.Random, "0", "3 * MiB", "0x1800", "0x3000", "1", "0x7FFF_FFFF_FFFF_FFFF");
        switch (region.Role)
        {
            case RegionRole.Ram:
                attribute.With("DeviceMemoryAlignment", value);
                break;
            case RegionRole.Fixed when d.Random.Next(2) == 0:
                attribute.With("Alignment", value);
                break;
            case RegionRole.Floating when d.Random.Next(3) == 0:
                attribute.With("Alignment", value);
                break;
            default:
                if (attribute.Positional.Count == 0)
                {
                    return false;
                }

                attribute.Positional[^1] = value;
                break;
        }

        return true;
    }

    private static bool MapArguments(CaseDraft d)
    {
        var map = d.AnyMap;
        switch (d.Random.Next(3))
        {
            case 0:
                map.SetMapArgument("TypeName", Pick.One(d.Random, "\"1x\"", "\"\"", "\"a b\"", "null", "\"" + map.EnumName + "\"", "\"class\"", "\"record\"", "\"var\"", "\"file\"", "\"Layout\"", "\"Get\"", "\"PlanOptions\"",
                    "nameof(System.String)", "42", "\"Map\\u0000\"", "\"@Map\"", "\"" + string.Join(string.Empty, Enumerable.Repeat("Long", 200)) + "\""));
                break;
            case 1:
                map.SetMapArgument("AddressBits", Pick.One(d.Random, "0", "65", "-1", "1", "\"64\"", "64UL", "12", "63"));
                break;
            default:
                map.MapAttributeName = Pick.One(d.Random, "MemoryMap()", "MemoryMap(1)", "MemoryMapAttribute", "MemoryMap, MemoryMap", "MemoryMap][MemoryMap");
                break;
        }

        return true;
    }

    /// <summary>Replaces a positional argument (or a named one) of some region with <paramref name="value"/>.</summary>
    private static bool ReplaceArgument(CaseDraft d, string value, bool named)
    {
        if (Pick.Region(d) is not var (_, region))
        {
            return false;
        }

        var attribute = region.Attributes[0];
        if (named || attribute.Positional.Count == 0)
        {
            var key = attribute.Named.Count > 0 && d.Random.Next(2) == 0
                ? attribute.Named[d.Random.Next(attribute.Named.Count)].Key
                : Pick.One(d.Random, "Within", "Alignment", "Resizable", "LegacyLimit", "Since", "EnabledSince", "MaxSlots");
            attribute.Named.RemoveAll(n => n.Key == key);
            attribute.With(key, value);
        }
        else
        {
            attribute.Positional[d.Random.Next(attribute.Positional.Count)] = value;
        }

        return true;
    }
}
