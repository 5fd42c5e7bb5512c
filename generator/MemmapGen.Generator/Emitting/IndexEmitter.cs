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

    public static void Emit(CodeWriter writer, EmitContext context)
    {
        var type = context.Map.EnumType;
        writer.Line();
        if (context.Map.IsSplit)
        {
            writer.Summary("""
                The range of a fixed region or of a reserved window; empty for banks, gaps, windows and index-only regions
                (plan those). A constant argument folds to constants.
                """);
        }
        else
        {
            writer.Summary("""
                The range of a fixed region or of the RAM window; empty for floating and index-only regions (plan those).
                A constant argument folds to constants.
                """);
        }

        var (kinds, what) = context.Map.IsSplit ? ("'1' or (byte)'5'", "fixed or reserved") : ("'1' or (byte)'2'", "fixed or RAM");
        writer.Lines($$"""
            [{{TypeNames.MethodImpl}}(
                {{TypeNames.MethodImplOptions}}.AggressiveInlining)]
            public static {{TypeNames.MemRange}} Get({{type}} region)
            {
                int i = OrdinalOf(region);
                return i >= 0 && Kinds[i] is (byte){{kinds}} ? new(Bases[i], Sizes[i]) : default; // {{what}}
            }
            """);

        EmitOrdinalOf(writer, context);

        writer.Line();
        writer.Summary("How a region is declared: fixed, RAM, floating, or none (an index-only member or a value that names no member).");
        writer.Lines($"""
            [{TypeNames.MethodImpl}(
                {TypeNames.MethodImplOptions}.AggressiveInlining)]
            public static {TypeNames.RegionKind} KindOf({type} region) =>
                OrdinalOf(region) is var i && i >= 0
                    ? ({TypeNames.RegionKind})(Kinds[i] - '0')
                    : {TypeNames.RegionKind}.None;
            """);

        writer.Line();
        writer.Summary("The region declared at an ordinal (0 .. RegionCount - 1).");
        writer.Lines(context.ValuesAreOrdinals
            ? $"""
                public static {type} FromOrdinal(int ordinal) =>
                    (uint)ordinal < RegionCount
                        ? ({type})ordinal
                        : throw new {TypeNames.ArgumentOutOfRangeException}(nameof(ordinal));
                """
            : $"public static {type} FromOrdinal(int ordinal) => ({type})RegionValues[ordinal];");

        EmitTables(writer, context);
    }

    private static void EmitOrdinalOf(CodeWriter writer, EmitContext context)
    {
        var map = context.Map;
        var underlying = map.UnderlyingType;
        writer.Line();
        writer.Summary("The declaration ordinal of a region (its index in every table), or -1 for a value that names no member.");
        if (context.ValuesAreOrdinals)
        {
            var value = underlying == "ulong" ? "(ulong)region" : $"(ulong)({underlying})region"; // negative values become large
            writer.Lines($$"""
                [{{TypeNames.MethodImpl}}(
                    {{TypeNames.MethodImplOptions}}.AggressiveInlining)]
                public static int OrdinalOf({{map.EnumType}} region) =>
                    unchecked({{value}} < {{map.Regions.Count}}UL ? (int)region : -1); // members are numbered 0 .. RegionCount - 1
                """);
            return;
        }

        if (map.Regions.Count <= SwitchLimit)
        {
            writer.Lines($"""
                [{TypeNames.MethodImpl}(
                    {TypeNames.MethodImplOptions}.AggressiveInlining)]
                """);
            using (writer.Block($"public static int OrdinalOf({map.EnumType} region)"))
            using (writer.Block("switch (region)"))
            {
                foreach (var region in map.Regions)
                {
                    if (context.IsFirstOfValue[region.Ordinal])
                    {
                        writer.Line($"case {context.Member(region)}: return {region.Ordinal};");
                    }
                }

                writer.Line("default: return -1;");
            }

            return;
        }

        writer.Lines($$"""
            public static int OrdinalOf({{map.EnumType}} region)
            {
                // A binary search over the values in order: the map is too large for a switch to compile quickly.
                {{TypeNames.ReadOnlySpan}}<{{underlying}}> values = SortedValues;
                {{underlying}} value = ({{underlying}})region;
                int lo = 0, hi = values.Length - 1;
                while (lo <= hi)
                {
                    int mid = (int)((uint)(lo + hi) >> 1);
                    if (values[mid] < value) lo = mid + 1;
                    else if (values[mid] > value) hi = mid - 1;
                    else return SortedOrdinals[mid];
                }

                return -1;
            }
            """);
    }

    private static void EmitTables(CodeWriter writer, EmitContext context)
    {
        var regions = context.Map.Regions;
        var underlying = context.Map.UnderlyingType;
        var bases = new ulong[regions.Count];
        var sizes = new ulong[regions.Count];
        var names = new string[regions.Count];
        var kinds = new string[regions.Count];
        var values = new string[regions.Count];
        foreach (var region in regions)
        {
            bases[region.Ordinal] = region.Kind is RegionKind.Fixed or RegionKind.Ram or RegionKind.Reserved ? region.Base : 0;
            sizes[region.Ordinal] = region.Size;
            names[region.Ordinal] = region.Name;
            kinds[region.Ordinal] = Literals.Int32((int)region.Kind);
            values[region.Ordinal] = region.Value;
        }

        writer.Line();
        writer.Summary("Base of each region by ordinal: fixed bases and the RAM base; 0 for floating and index-only regions.");
        writer.Table($"public static {TypeNames.ReadOnlySpan}<ulong> Bases", "ulong", bases, names, context.PacksTables);
        writer.Summary("Size of each region by ordinal: fixed sizes, the RAM window, declared floating sizes; 0 for index-only regions.");
        writer.Table($"public static {TypeNames.ReadOnlySpan}<ulong> Sizes", "ulong", sizes, names, context.PacksTables);
        var (digits, literalNote) = context.Map.IsSplit
            ? ("0 none, 1 fixed, 2 RAM, 3 floating, 4 bank, 5 reserved, 6 gap, 7 window", string.Empty)
            : ("0 none, 1 fixed, 2 RAM, 3 floating", " (one literal, not one per region)");
        writer.Lines($"""
            // RegionKind of each region by ordinal, as a digit: {digits}{literalNote}.
            private static {TypeNames.ReadOnlySpan}<byte> Kinds => "{string.Concat(kinds)}"u8;
            """);
        if (!context.ValuesAreOrdinals)
        {
            writer.Span($"private static {TypeNames.ReadOnlySpan}<{underlying}> RegionValues", underlying, values, perLine: 16);
        }

        if (!context.IsStraightLine)
        {
            var floatingOrdinals = new string[context.Floating.Count];
            for (var index = 0; index < floatingOrdinals.Length; index++)
            {
                floatingOrdinals[index] = Literals.Int32(context.Floating[index].Ordinal);
            }

            writer.Line("// The ordinal of each floating region, ascending: a floating region's index in the plan's buffers is its position here.");
            writer.Span($"private static {TypeNames.ReadOnlySpan}<int> FloatingOrdinals", "int", floatingOrdinals, perLine: 16);
        }

        if (!context.ValuesAreOrdinals && regions.Count > SwitchLimit)
        {
            var sorted = SortedByValue(context);
            var sortedValues = new string[sorted.Count];
            var sortedOrdinals = new string[sorted.Count];
            for (var index = 0; index < sorted.Count; index++)
            {
                sortedValues[index] = sorted[index].Value;
                sortedOrdinals[index] = Literals.Int32(sorted[index].Ordinal);
            }

            writer.Line("// Each value once (its first member), in ascending order, and the ordinal of that member.");
            writer.Span($"private static {TypeNames.ReadOnlySpan}<{underlying}> SortedValues", underlying, sortedValues, perLine: 16);
            writer.Span($"private static {TypeNames.ReadOnlySpan}<int> SortedOrdinals", "int", sortedOrdinals, perLine: 16);
        }
    }

    /// <summary>The first member of each value, by value ascending.</summary>
    private static List<RegionSpec> SortedByValue(EmitContext context)
    {
        var sorted = new List<RegionSpec>();
        foreach (var region in context.Map.Regions)
        {
            if (context.IsFirstOfValue[region.Ordinal])
            {
                sorted.Add(region);
            }
        }

        sorted.Sort((left, right) => Numeric(left.Value).CompareTo(Numeric(right.Value)));
        return sorted;
    }

    private static decimal Numeric(string literal) =>
        decimal.Parse(literal.TrimEnd('U', 'L'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
