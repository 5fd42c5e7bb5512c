using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Emitting;

/// <summary>Per-region constants and ranges, lookups by enum value and by ordinal, and the ordinal tables.</summary>
internal static class RegionMembersEmitter
{
    public static void Emit(CodeWriter w, EmitContext c)
    {
        var map = c.Map;
        w.SummaryXml("Number of members of <see cref=\"" + map.EnumType + "\"/>; every table is indexed by declaration ordinal 0 .. RegionCount - 1.");
        w.Line("public const int RegionCount = " + map.Regions.Count + ";");

        foreach (var region in map.Regions)
        {
            switch (region.Kind)
            {
                case RegionKind.Fixed:
                case RegionKind.Ram:
                    EmitRange(w, c, region);
                    break;
                case RegionKind.Floating:
                    EmitFloating(w, c, region);
                    break;
            }
        }

        EmitGet(w, c);
        EmitOrdinals(w, c);
        EmitTables(w, c);
    }

    private static string Describe(EmitContext c, RegionSpec region)
    {
        var text = region.Kind == RegionKind.Ram ? " (RAM window)" : string.Empty;
        if (region.Size == 0)
        {
            return c.See(region) + text + ": at " + AddressText.Hex(region.Base) + ", empty";
        }

        text = c.See(region) + text + ": " + AddressText.Range(region.Base, Planning.LookupTable.Last(region)) + " (" + AddressText.Size(region.Size) + ")";
        if (region.Within >= 0)
        {
            text += ", inside " + c.See(c.Map.Regions[region.Within]);
        }

        return text;
    }

    private static void EmitRange(CodeWriter w, EmitContext c, RegionSpec region)
    {
        var i = region.Ordinal;
        var description = Describe(c, region);
        w.Line();
        w.SummaryXml(description + ".");
        w.Line("public static global::MemmapGen.MemRange " + c.RangeNames[i]);
        w.Line("{");
        w.Line("    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        w.Line("    get => new(" + c.BaseNames[i] + ", " + c.SizeNames[i] + ");");
        w.Line("}");
        w.SummaryXml("Base of " + description + ".");
        w.Line("public const ulong " + c.BaseNames[i] + " = " + Literals.UInt64(region.Base) + ";");
        w.SummaryXml("Size of " + description + (region.Kind == RegionKind.Ram ? ". RAM itself is a planning input; see Layout.Ram." : "."));
        w.Line("public const ulong " + c.SizeNames[i] + " = " + Literals.UInt64(region.Size) + ";");
        if (region.Size != 0)
        {
            w.SummaryXml("Last address (inclusive) of " + description + ".");
            w.Line("public const ulong " + c.LastNames[i] + " = " + Literals.UInt64(Planning.LookupTable.Last(region)) + ";");
        }
    }

    private static void EmitFloating(CodeWriter w, EmitContext c, RegionSpec region)
    {
        var i = region.Ordinal;
        var what = c.See(region) + ": floating, " + AddressText.Size(region.Size)
            + (region.Resizable ? " (may be raised at plan time)" : string.Empty);
        w.Line();
        w.SummaryXml("Declared size of " + what + ".");
        w.Line("public const ulong " + c.SizeNames[i] + " = " + Literals.UInt64(region.Size) + ";");
        w.SummaryXml("Alignment of the planned base of " + what
            + (region.Alignment == 0 ? "; its own size" + (region.Resizable ? " (the raised size when raised)" : string.Empty) : string.Empty) + ".");
        w.Line("public const ulong " + c.AlignmentNames[i] + " = " + Literals.UInt64(EmitContext.FloatingAlignment(region)) + ";");
    }

    private static void EmitGet(CodeWriter w, EmitContext c)
    {
        w.Line();
        w.Summary("The range of a fixed region or of the RAM window; empty for floating and index-only regions (plan those). A constant argument folds to constants.");
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        using (w.Block("public static global::MemmapGen.MemRange Get(" + c.Map.EnumType + " region)"))
        {
            using (w.Block("switch (region)"))
            {
                foreach (var region in c.Map.Regions)
                {
                    if (c.IsFirstOfValue[region.Ordinal] && region.Kind is RegionKind.Fixed or RegionKind.Ram)
                    {
                        w.Line("case " + c.Member(region) + ": return new(" + Literals.UInt64(region.Base) + ", " + Literals.UInt64(region.Size) + ");");
                    }
                }

                w.Line("default: return default;");
            }
        }
    }

    private static void EmitOrdinals(CodeWriter w, EmitContext c)
    {
        w.Line();
        w.Summary("The declaration ordinal of a region (its index in every table), or -1 for a value that names no member.");
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        using (w.Block("public static int OrdinalOf(" + c.Map.EnumType + " region)"))
        {
            using (w.Block("switch (region)"))
            {
                foreach (var region in c.Map.Regions)
                {
                    if (c.IsFirstOfValue[region.Ordinal])
                    {
                        w.Line("case " + c.Member(region) + ": return " + region.Ordinal + ";");
                    }
                }

                w.Line("default: return -1;");
            }
        }

        w.Line();
        w.Summary("How a region is declared: fixed, RAM, floating, or none (an index-only member).");
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        using (w.Block("public static global::MemmapGen.RegionKind KindOf(" + c.Map.EnumType + " region)"))
        {
            using (w.Block("switch (region)"))
            {
                foreach (var region in c.Map.Regions)
                {
                    if (c.IsFirstOfValue[region.Ordinal] && region.Kind != RegionKind.None)
                    {
                        w.Line("case " + c.Member(region) + ": return global::MemmapGen.RegionKind." + region.Kind + ";");
                    }
                }

                w.Line("default: return global::MemmapGen.RegionKind.None;");
            }
        }

        w.Line();
        w.Summary("The region declared at an ordinal (0 .. RegionCount - 1).");
        w.Line("public static " + c.Map.EnumType + " FromOrdinal(int ordinal) => (" + c.Map.EnumType + ")RegionValues[ordinal];");
    }

    private static void EmitTables(CodeWriter w, EmitContext c)
    {
        var regions = c.Map.Regions;
        var bases = new string[regions.Count];
        var sizes = new string[regions.Count];
        var values = new string[regions.Count];
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            bases[i] = Literals.UInt64(region.Kind is RegionKind.Fixed or RegionKind.Ram ? region.Base : 0);
            sizes[i] = Literals.UInt64(region.Size);
            values[i] = region.Value;
        }

        w.Line();
        w.Summary("Base of each region by ordinal: fixed bases and the RAM base; 0 for floating and index-only regions.");
        WriteSpan(w, "public static global::System.ReadOnlySpan<ulong> Bases", "ulong", bases);
        w.Summary("Size of each region by ordinal: fixed sizes, the RAM window, declared floating sizes; 0 for index-only regions.");
        WriteSpan(w, "public static global::System.ReadOnlySpan<ulong> Sizes", "ulong", sizes);
        WriteSpan(w, "private static global::System.ReadOnlySpan<" + c.Map.UnderlyingType + "> RegionValues", c.Map.UnderlyingType, values);
    }

    /// <summary>A span over constant data: the compiler stores it in the assembly image, so reading it allocates nothing.</summary>
    public static void WriteSpan(CodeWriter w, string declaration, string elementType, string[] items)
    {
        if (items.Length == 0)
        {
            w.Line(declaration + " => default;");
            return;
        }

        w.Line(declaration + " => new " + elementType + "[]");
        w.Line("{");
        const int PerLine = 4;
        for (var i = 0; i < items.Length; i += PerLine)
        {
            var line = "    ";
            for (var j = i; j < items.Length && j < i + PerLine; j++)
            {
                line += items[j] + ",";
                if (j + 1 < items.Length && j + 1 < i + PerLine)
                {
                    line += " ";
                }
            }

            w.Line(line);
        }

        w.Line("};");
    }
}
