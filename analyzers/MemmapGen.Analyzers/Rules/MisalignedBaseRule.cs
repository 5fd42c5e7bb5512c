using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0009: a fixed region's base is not a multiple of its declared <c>Alignment</c>.</summary>
internal static class MisalignedBaseRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.MisalignedBase,
        title: "Base is not aligned to the declared alignment",
        messageFormat: "Base {0} of region '{1}' is not aligned to its declared alignment {2}",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The region declares an Alignment its base does not meet; hardware that decodes the region on that alignment (a page, a GIC frame, an ECAM window) sees it at a different address.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.MisalignedBase));

    public static void Check(MapAnalysis map)
    {
        foreach (var region in map.Map.Regions)
        {
            if (region.IsFixed
                && AddressMath.IsPowerOfTwo(region.Alignment)
                && (region.Base & (region.Alignment - 1)) != 0
                && map.IsReadable(region.Ordinal, KnownNames.BaseArgument)
                && map.IsReadable(region.Ordinal, KnownNames.Alignment))
            {
                map.Report(
                    Descriptor,
                    map.Locate.Argument(region.Ordinal, KnownNames.BaseArgument),
                    AddressText.Hex(region.Base),
                    region.Name,
                    ByteCount.FromCount(region.Alignment) + " (" + AddressText.Size(region.Alignment) + ")");
            }
        }
    }
}
