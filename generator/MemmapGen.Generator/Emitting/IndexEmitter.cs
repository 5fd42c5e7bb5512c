using System.Collections.Generic;
using System.Globalization;
using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Emitting;

/// <summary>
/// Lookups by enum value and by ordinal (<c>OrdinalOf</c>, <c>KindOf</c>, <c>Get</c>, <c>FromOrdinal</c>) over constant
/// tables indexed by ordinal. Tables rather than a switch per lookup: a switch costs the compiler time that grows
/// faster than the map (a 10,000-region switch takes seconds to compile), and the JIT folds a constant-index read of
/// these tables to an immediate just as it folds a switch on a constant.
/// </summary>
internal static class IndexEmitter
{
    /// <summary>Above this many members an enum whose values are not its ordinals is looked up by binary search, not a switch.</summary>
    public const int SwitchLimit = 512;

    private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    public static void Emit(CodeWriter w, EmitContext c)
    {
        var type = c.Map.EnumType;
        w.Line();
        w.Summary("The range of a fixed region or of the RAM window; empty for floating and index-only regions (plan those). A constant argument folds to constants.");
        w.Line(Inline);
        using (w.Block("public static global::MemmapGen.MemRange Get(" + type + " region)"))
        {
            w.Line("int i = OrdinalOf(region);");
            w.Line("return i >= 0 && Kinds[i] is (byte)'1' or (byte)'2' ? new(Bases[i], Sizes[i]) : default; // fixed or RAM");
        }

        EmitOrdinalOf(w, c);

        w.Line();
        w.Summary("How a region is declared: fixed, RAM, floating, or none (an index-only member or a value that names no member).");
        w.Line(Inline);
        w.Line("public static global::MemmapGen.RegionKind KindOf(" + type + " region) => OrdinalOf(region) is var i && i >= 0 ? (global::MemmapGen.RegionKind)(Kinds[i] - '0') : global::MemmapGen.RegionKind.None;");

        w.Line();
        w.Summary("The region declared at an ordinal (0 .. RegionCount - 1).");
        w.Line(c.ValuesAreOrdinals
            ? "public static " + type + " FromOrdinal(int ordinal) => (uint)ordinal < RegionCount ? (" + type + ")ordinal : throw new global::System.ArgumentOutOfRangeException(nameof(ordinal));"
            : "public static " + type + " FromOrdinal(int ordinal) => (" + type + ")RegionValues[ordinal];");

        EmitTables(w, c);
    }

    private static void EmitOrdinalOf(CodeWriter w, EmitContext c)
    {
        var map = c.Map;
        var underlying = map.UnderlyingType;
        w.Line();
        w.Summary("The declaration ordinal of a region (its index in every table), or -1 for a value that names no member.");
        if (c.ValuesAreOrdinals)
        {
            w.Line(Inline);
            w.Line("public static int OrdinalOf(" + map.EnumType + " region) =>");
            var value = underlying == "ulong" ? "(ulong)region" : "(ulong)(" + underlying + ")region"; // negative values become large
            w.Line("    unchecked(" + value + " < " + map.Regions.Count + "UL ? (int)region : -1); // members are numbered 0 .. RegionCount - 1");
            return;
        }

        if (map.Regions.Count <= SwitchLimit)
        {
            w.Line(Inline);
            using (w.Block("public static int OrdinalOf(" + map.EnumType + " region)"))
            {
                using (w.Block("switch (region)"))
                {
                    foreach (var region in map.Regions)
                    {
                        if (c.IsFirstOfValue[region.Ordinal])
                        {
                            w.Line("case " + c.Member(region) + ": return " + region.Ordinal + ";");
                        }
                    }

                    w.Line("default: return -1;");
                }
            }

            return;
        }

        using (w.Block("public static int OrdinalOf(" + map.EnumType + " region)"))
        {
            w.Line("// A binary search over the values in order: the map is too large for a switch to compile quickly.");
            w.Line("global::System.ReadOnlySpan<" + underlying + "> values = SortedValues;");
            w.Line(underlying + " value = (" + underlying + ")region;");
            w.Line("int lo = 0, hi = values.Length - 1;");
            using (w.Block("while (lo <= hi)"))
            {
                w.Line("int mid = (int)((uint)(lo + hi) >> 1);");
                w.Line("if (values[mid] < value) lo = mid + 1;");
                w.Line("else if (values[mid] > value) hi = mid - 1;");
                w.Line("else return SortedOrdinals[mid];");
            }

            w.Line();
            w.Line("return -1;");
        }
    }

    private static void EmitTables(CodeWriter w, EmitContext c)
    {
        var regions = c.Map.Regions;
        var bases = new ulong[regions.Count];
        var sizes = new ulong[regions.Count];
        var names = new string[regions.Count];
        var kinds = new string[regions.Count];
        var values = new string[regions.Count];
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            bases[i] = region.Kind is RegionKind.Fixed or RegionKind.Ram ? region.Base : 0;
            sizes[i] = region.Size;
            names[i] = region.Name;
            kinds[i] = Literals.Int32((int)region.Kind);
            values[i] = region.Value;
        }

        w.Line();
        w.Summary("Base of each region by ordinal: fixed bases and the RAM base; 0 for floating and index-only regions.");
        w.Table("public static global::System.ReadOnlySpan<ulong> Bases", "ulong", bases, names, c.PacksTables);
        w.Summary("Size of each region by ordinal: fixed sizes, the RAM window, declared floating sizes; 0 for index-only regions.");
        w.Table("public static global::System.ReadOnlySpan<ulong> Sizes", "ulong", sizes, names, c.PacksTables);
        w.Line("// RegionKind of each region by ordinal, as a digit: 0 none, 1 fixed, 2 RAM, 3 floating (one literal, not one per region).");
        w.Line("private static global::System.ReadOnlySpan<byte> Kinds => \"" + string.Concat(kinds) + "\"u8;");
        if (!c.ValuesAreOrdinals)
        {
            w.Span("private static global::System.ReadOnlySpan<" + c.Map.UnderlyingType + "> RegionValues", c.Map.UnderlyingType, values, perLine: 16);
        }
        if (!c.IsStraightLine)
        {
            var floatingOrdinals = new string[c.Floating.Count];
            for (var i = 0; i < floatingOrdinals.Length; i++)
            {
                floatingOrdinals[i] = Literals.Int32(c.Floating[i].Ordinal);
            }

            w.Line("// The ordinal of each floating region, ascending: a floating region's index in the plan's buffers is its position here.");
            w.Span("private static global::System.ReadOnlySpan<int> FloatingOrdinals", "int", floatingOrdinals, perLine: 16);
        }

        if (!c.ValuesAreOrdinals && regions.Count > SwitchLimit)
        {
            var sorted = SortedByValue(c);
            var sortedValues = new string[sorted.Count];
            var sortedOrdinals = new string[sorted.Count];
            for (var i = 0; i < sorted.Count; i++)
            {
                sortedValues[i] = sorted[i].Value;
                sortedOrdinals[i] = Literals.Int32(sorted[i].Ordinal);
            }

            w.Line("// Each value once (its first member), in ascending order, and the ordinal of that member.");
            w.Span("private static global::System.ReadOnlySpan<" + c.Map.UnderlyingType + "> SortedValues", c.Map.UnderlyingType, sortedValues, perLine: 16);
            w.Span("private static global::System.ReadOnlySpan<int> SortedOrdinals", "int", sortedOrdinals, perLine: 16);
        }
    }

    private static List<RegionSpec> SortedByValue(EmitContext c)
    {
        var sorted = new List<RegionSpec>();
        foreach (var region in c.Map.Regions)
        {
            if (c.IsFirstOfValue[region.Ordinal])
            {
                sorted.Add(region);
            }
        }

        sorted.Sort((a, b) => Numeric(a.Value).CompareTo(Numeric(b.Value)));
        return sorted;
    }

    private static decimal Numeric(string literal) =>
        decimal.Parse(literal.TrimEnd('U', 'L'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
