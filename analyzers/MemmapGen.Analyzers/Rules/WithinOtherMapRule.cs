using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0015: <c>Within</c> names a region of another map.</summary>
internal static class WithinOtherMapRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.WithinOtherMap,
        title: "Within names a region of another map",
        messageFormat: "'Within' of region '{0}' names a region of another map; a container must be a member of '{1}'",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each map is one address space; containment across maps would tie two layouts together without either seeing the other's regions.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.WithinOtherMap));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.WithinOtherMap))
        {
            map.Report(Descriptor, map.Locate.Argument(issue.Ordinal, KnownNames.Within), map.Name(issue.Ordinal), map.Map.EnumName);
        }
    }
}
