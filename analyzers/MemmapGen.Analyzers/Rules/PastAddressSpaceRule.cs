using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0007: base + size of a fixed region (or of the RAM window) passes 2^64.</summary>
internal static class PastAddressSpaceRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.PastAddressSpace,
        title: "Region ends past 2^64",
        messageFormat: "Region '{0}' at {1} with size {2} ends past 2^64 by {3} bytes",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "No 64-bit address space holds this region: base + size is larger than 2^64. A region may end exactly at 2^64, not beyond.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.PastAddressSpace));

    public static void Check(MapAnalysis map)
    {
        foreach (var region in map.Map.Regions)
        {
            if (region.IsFixed && map.Range(region.Ordinal) is not null && Excess(region.Base, region.Size) is { } excess)
            {
                Report(map, region.Ordinal, KnownNames.SizeArgument, region.Base, region.Size, excess);
            }
        }

        if (map.Map.Ram is { LegacyLimit: > 0 } ram
            && map.IsReadable(ram.Ordinal, KnownNames.BaseArgument)
            && Excess(ram.Base, ram.LegacyLimit) is { } ramExcess)
        {
            Report(map, ram.Ordinal, KnownNames.LegacyLimit, ram.Base, ram.LegacyLimit, ramExcess);
        }
    }

    /// <summary>How far <c>base + size</c> passes 2^64, or null when it does not.</summary>
    public static ByteCount? Excess(ulong @base, ulong size) =>
        size != 0 && size - 1 > ulong.MaxValue - @base
            ? ByteCount.FromCount(size - 1 - (ulong.MaxValue - @base))
            : null;

    private static void Report(MapAnalysis map, int ordinal, string argument, ulong @base, ulong size, ByteCount excess) =>
        map.Report(Descriptor, map.Locate.Argument(ordinal, argument), map.Name(ordinal), AddressText.Hex(@base), AddressText.Hex(size), excess.ToString());
}
