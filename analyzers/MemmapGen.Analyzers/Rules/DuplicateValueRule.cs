using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0012: two members of a map share an underlying value.</summary>
internal static class DuplicateValueRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.DuplicateValue,
        title: "Two members share an underlying value",
        messageFormat: "Member '{0}' has the same value {1} as '{2}'; a map's members must be distinct values",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each member names one region, and a value can only name one: lookups such as Get(region) could not tell the two apart.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.DuplicateValue));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.DuplicateValue))
        {
            map.Report(
                Descriptor,
                map.Locate.MemberValue(issue.Ordinal),
                new[] { map.Locate.Member(issue.Other) },
                null,
                map.Name(issue.Ordinal),
                map.Region(issue.Ordinal).Value,
                map.Name(issue.Other));
        }
    }
}
