using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0001: two top-level fixed regions overlap.</summary>
internal static class FixedOverlapRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.FixedOverlap,
        title: "Fixed regions overlap",
        messageFormat: "Region {0} overlaps {1} by {2} bytes{3}",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Two fixed regions share guest-physical addresses and neither is declared Within the other. A guest access there reaches whichever device the VMM registered last.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.FixedOverlap));

    public static void Check(MapAnalysis map)
    {
        if (map.SiblingGroups.TryGetValue(-1, out var topLevel))
        {
            OverlapReporter.Report(map, Descriptor, topLevel, container: null);
        }
    }
}
