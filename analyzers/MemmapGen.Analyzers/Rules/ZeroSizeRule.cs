using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0006: a fixed or floating region has size 0.</summary>
internal static class ZeroSizeRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.ZeroSize,
        title: "Region has zero size",
        messageFormat: "Region '{0}' has zero size",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A region of zero bytes has no range: it cannot be looked up, contained or placed, and usually means a size constant is missing.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.ZeroSize));

    public static void Check(MapAnalysis map)
    {
        foreach (var region in map.Map.Regions)
        {
            if (region.Kind is RegionKind.Fixed or RegionKind.Floating
                && region.Size == 0
                && map.IsReadable(region.Ordinal, KnownNames.SizeArgument))
            {
                map.Report(Descriptor, map.Locate.Argument(region.Ordinal, KnownNames.SizeArgument), region.Name);
            }
        }
    }
}
