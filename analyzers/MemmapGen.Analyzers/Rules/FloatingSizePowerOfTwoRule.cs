using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0011: a floating region's size is not a power of two.</summary>
internal static class FloatingSizePowerOfTwoRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.FloatingSizeNotPowerOfTwo,
        title: "Floating size is not a power of two",
        messageFormat: "Size {0} of floating region '{1}' is not a power of two",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Floating regions are aligned to their size by default and resized in powers of two; the planner computes with size masks, which only a power of two has.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.FloatingSizeNotPowerOfTwo));

    public static void Check(MapAnalysis map)
    {
        foreach (var region in map.Map.Regions)
        {
            if (region.Kind == RegionKind.Floating
                && region.Size != 0
                && !AddressMath.IsPowerOfTwo(region.Size)
                && map.IsReadable(region.Ordinal, KnownNames.SizeArgument))
            {
                map.Report(Descriptor, map.Locate.Argument(region.Ordinal, KnownNames.SizeArgument), AddressText.Hex(region.Size), region.Name);
            }
        }
    }
}
