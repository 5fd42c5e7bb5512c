using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0004: a fixed region overlaps the RAM window.</summary>
internal static class RamWindowRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.RamWindowOverlap,
        title: "Fixed region overlaps the RAM window",
        messageFormat: "Region {0} overlaps the RAM window of '{1}' {2} by {3} bytes{4}",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The RAM window [Ram base, Ram base + LegacyLimit) is reserved for guest RAM and device memory; a fixed region inside it collides with RAM once the guest has enough of it.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.RamWindowOverlap));

    public static void Check(MapAnalysis map)
    {
        foreach (var clash in RamClashes.Find(map))
        {
            if (clash.Kind != RamClashKind.Window)
            {
                continue;
            }

            var ram = map.Map.Ram!.Ordinal;
            map.Report(
                Descriptor,
                map.Locate.Argument(clash.Ordinal, clash.Argument),
                new[] { map.Locate.Attribute(ram) },
                ProofWitnessText.Properties(map, clash.Ordinal, MapAnalysis.RegionPair(clash.Ordinal, ram)),
                map.Describe(clash.Ordinal),
                map.Name(ram),
                clash.Window.ToString(),
                ByteCount.Of(map.Range(clash.Ordinal)!.Value.Intersect(clash.Window)).ToString(),
                ProofWitnessText.For(map, clash.Ordinal));
        }
    }
}
