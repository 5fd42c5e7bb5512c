using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0005: a fixed region lies in the floating area, where the planner places floating regions.</summary>
internal static class FloatingAreaRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.InFloatingArea,
        title: "Fixed region lies in the floating area",
        messageFormat: "Region {0} lies at or above {1}, the floor of the floating area above '{2}' where planned regions land{3}",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Floating regions and device memory are placed at or above Ram base + LegacyLimit; the planner does not know about fixed regions there, so one of its placements will collide.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.InFloatingArea));

    public static void Check(MapAnalysis map)
    {
        foreach (var clash in RamClashes.Find(map))
        {
            if (clash.Kind != RamClashKind.FloatingArea)
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
                AddressText.Hex(clash.Window.Last + 1),
                map.Name(ram),
                ProofWitnessText.For(map, clash.Ordinal));
        }
    }
}
