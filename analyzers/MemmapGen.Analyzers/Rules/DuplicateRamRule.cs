using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0025: a second <c>[Ram]</c> region.</summary>
internal static class DuplicateRamRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.DuplicateRam,
        title: "Map declares more than one RAM block",
        messageFormat: "Region '{0}' declares a second RAM block; '{1}' already is the map's RAM",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A map has one RAM block: the planner places device memory and floating regions above it. Describe other memory as fixed regions.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.DuplicateRam));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.DuplicateRam))
        {
            map.Report(
                Descriptor,
                map.Locate.Attribute(issue.Ordinal),
                new[] { map.Locate.Attribute(issue.Other) },
                null,
                map.Name(issue.Ordinal),
                map.Name(issue.Other));
        }
    }
}
