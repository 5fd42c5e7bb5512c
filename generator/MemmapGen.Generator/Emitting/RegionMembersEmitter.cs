using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>Per-region constants and ranges; <see cref="IndexEmitter"/> adds the lookups by value and by ordinal.</summary>
internal static class RegionMembersEmitter
{
    public static void Emit(CodeWriter writer, EmitContext context)
    {
        var map = context.Map;
        writer.SummaryXml(
            $"Number of members of <see cref=\"{map.EnumType}\"/>; every table is indexed by declaration ordinal 0 .. RegionCount - 1.");
        writer.Line($"public const int RegionCount = {map.Regions.Count};");

        foreach (var region in map.Regions)
        {
            switch (region.Kind)
            {
                case RegionKind.Fixed or RegionKind.Ram or RegionKind.Reserved when map.RegionConstants:
                    EmitRange(writer, context, region);
                    break;
                case RegionKind.Floating:
                    EmitFloating(writer, context, region);
                    break;
            }
        }

        IndexEmitter.Emit(writer, context);
    }

    /// <summary><c>&lt;see cref/&gt;: [base, last] (size)</c>, with the RAM window and the containing region named.</summary>
    private static string Describe(EmitContext context, RegionSpec region)
    {
        var see = context.See(region) + region.Kind switch
        {
            RegionKind.Ram => " (RAM window)",
            RegionKind.Reserved => " (reserved window)",
            _ => string.Empty,
        };
        if (region.Size == 0)
        {
            return $"{see}: at {AddressText.Hex(region.Base)}, empty";
        }

        var range = AddressText.Range(region.Base, LookupTable.Last(region));
        var inside = region.Within >= 0 ? $", inside {context.See(context.Map.Regions[region.Within])}" : string.Empty;
        return $"{see}: {range} ({AddressText.Size(region.Size)}){inside}";
    }

    private static void EmitRange(CodeWriter writer, EmitContext context, RegionSpec region)
    {
        // Two declarations per region, no attributes: every generated symbol and attribute costs the build (at
        // 10,000 regions an [AggressiveInlining] per getter alone added seconds). A getter that calls Get is below
        // the JIT's always-inline size, and Get folds for a constant (the ZeroCost tests prove both). A member
        // sharing another's value (an error, still compiled) gets its own constants instead.
        var names = context.Names[region.Ordinal];
        var description = Describe(context, region);
        var range = context.IsFirstOfValue[region.Ordinal] ? $"Get({context.Member(region)})" : $"new({names.Base}, {names.Size})";
        writer.Line();
        writer.SummaryXml($"{description}.");
        writer.Line($"public static {TypeNames.MemRange} {names.Range} => {range};");

        var last = region.Size != 0 ? " and last address (inclusive)" : string.Empty;
        var ram = region.Kind switch
        {
            RegionKind.Ram => " RAM itself is a planning input; see Layout.Ram.",
            RegionKind.Reserved => " Whether RAM avoids it is a planning input.",
            _ => string.Empty,
        };
        writer.SummaryXml($"Base, size{last} of {description}.{ram}");
        var lastConstant = region.Size != 0 ? $", {names.Last} = {Literals.UInt64(LookupTable.Last(region))}" : string.Empty;
        var constants = $"public const ulong {names.Base} = {Literals.UInt64(region.Base)}, {names.Size} = {Literals.UInt64(region.Size)}{lastConstant};";
        if (writer.Fits(constants))
        {
            writer.Line(constants);
            return;
        }

        // Long names: one constant a line, so each line still fits.
        writer.Line($"public const ulong {names.Base} = {Literals.UInt64(region.Base)},");
        if (region.Size == 0)
        {
            writer.Line($"    {names.Size} = {Literals.UInt64(region.Size)};");
            return;
        }

        writer.Line($"    {names.Size} = {Literals.UInt64(region.Size)},");
        writer.Line($"    {names.Last} = {Literals.UInt64(LookupTable.Last(region))};");
    }

    private static void EmitFloating(CodeWriter writer, EmitContext context, RegionSpec region)
    {
        var names = context.Names[region.Ordinal];
        var raised = region.Resizable ? " (may be raised at plan time)" : string.Empty;
        var what = $"{context.See(region)}: floating, {AddressText.Size(region.Size)}{raised}";
        var ownSize = region.Resizable ? "; its own size (the raised size when raised)" : "; its own size";
        writer.Line();
        writer.SummaryXml($"Declared size of {what}.");
        writer.Line($"public const ulong {names.Size} = {Literals.UInt64(region.Size)};");
        writer.SummaryXml($"Alignment of the planned base of {what}{(region.Alignment == 0 ? ownSize : string.Empty)}.");
        writer.Line($"public const ulong {names.Alignment} = {Literals.UInt64(EmitContext.FloatingAlignment(region))};");
    }
}
