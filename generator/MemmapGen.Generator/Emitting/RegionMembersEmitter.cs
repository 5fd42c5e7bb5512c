using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Emitting;

/// <summary>Per-region constants and ranges; <see cref="IndexEmitter"/> adds the lookups by value and by ordinal.</summary>
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
                case RegionKind.Fixed or RegionKind.Ram when map.RegionConstants:
                    EmitRange(w, c, region);
                    break;
                case RegionKind.Floating:
                    EmitFloating(w, c, region);
                    break;
            }
        }

        IndexEmitter.Emit(w, c);
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
        // Two declarations per region, no attributes: every generated symbol and attribute costs the build (at
        // 10,000 regions an [AggressiveInlining] per getter alone added seconds). A getter that calls Get is below
        // the JIT's always-inline size, and Get folds for a constant (the ZeroCost tests prove both). A member
        // sharing another's value (an error, still compiled) gets its own constants instead.
        var i = region.Ordinal;
        var description = Describe(c, region);
        w.Line();
        w.SummaryXml(description + ".");
        w.Line("public static global::MemmapGen.MemRange " + c.Names[i].Range + " => "
            + (c.IsFirstOfValue[i] ? "Get(" + c.Member(region) + ");" : "new(" + c.Names[i].Base + ", " + c.Names[i].Size + ");"));
        w.SummaryXml("Base, size" + (region.Size != 0 ? " and last address (inclusive)" : string.Empty) + " of " + description
            + (region.Kind == RegionKind.Ram ? ". RAM itself is a planning input; see Layout.Ram." : "."));
        var constants = "public const ulong " + c.Names[i].Base + " = " + Literals.UInt64(region.Base) + ", " + c.Names[i].Size + " = " + Literals.UInt64(region.Size);
        if (region.Size != 0)
        {
            constants += ", " + c.Names[i].Last + " = " + Literals.UInt64(Planning.LookupTable.Last(region));
        }

        w.Line(constants + ";");
    }

    private static void EmitFloating(CodeWriter w, EmitContext c, RegionSpec region)
    {
        var i = region.Ordinal;
        var what = c.See(region) + ": floating, " + AddressText.Size(region.Size)
            + (region.Resizable ? " (may be raised at plan time)" : string.Empty);
        w.Line();
        w.SummaryXml("Declared size of " + what + ".");
        w.Line("public const ulong " + c.Names[i].Size + " = " + Literals.UInt64(region.Size) + ";");
        w.SummaryXml("Alignment of the planned base of " + what
            + (region.Alignment == 0 ? "; its own size" + (region.Resizable ? " (the raised size when raised)" : string.Empty) : string.Empty) + ".");
        w.Line("public const ulong " + c.Names[i].Alignment + " = " + Literals.UInt64(EmitContext.FloatingAlignment(region)) + ";");
    }
}
