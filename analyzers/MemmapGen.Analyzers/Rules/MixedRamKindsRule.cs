using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0032: a map declares both a <c>[Ram]</c> block and <c>[RamBank]</c>s.</summary>
internal static class MixedRamKindsRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.MixedRamKinds,
        title: "Map declares both a RAM block and RAM banks",
        messageFormat: "Region '{0}' declares a RAM block in a map with RAM banks ('{1}'); the banks are planned and '{0}' is not",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A map either has one [Ram] block with floating regions above it or splits RAM into [RamBank]s. With banks, the [Ram] block and floating regions get no place in any plan.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.MixedRamKinds));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.MixedRamKinds))
        {
            // The issue sits on the first bank; the [Ram] block is the member that does nothing, so it is blamed.
            map.Report(
                Descriptor,
                map.Locate.Attribute(issue.Other),
                new[] { map.Locate.Attribute(issue.Ordinal) },
                null,
                map.Name(issue.Other),
                map.Name(issue.Ordinal));
        }
    }
}
