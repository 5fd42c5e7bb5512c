using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0003: two regions declared inside the same container overlap each other.</summary>
internal static class SiblingOverlapRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.SiblingOverlap,
        title: "Regions inside one container overlap",
        messageFormat: "Region {0} overlaps {1} by {2} bytes inside container '{4}'{3}",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Two regions declared Within the same container share addresses. Containment allows a region inside its container, not two devices on one address.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.SiblingOverlap));

    public static void Check(MapAnalysis map)
    {
        foreach (var group in map.SiblingGroups)
        {
            if (group.Key >= 0)
            {
                OverlapReporter.Report(map, Descriptor, group.Value, group.Key);
            }
        }
    }
}
