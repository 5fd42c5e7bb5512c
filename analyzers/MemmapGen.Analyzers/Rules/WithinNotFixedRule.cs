using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0018: <c>Within</c> names a region that has no fixed range (RAM, floating, or index-only).</summary>
internal static class WithinNotFixedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.WithinNotFixed,
        title: "Container is not a fixed region",
        messageFormat: "'Within' of region '{0}' names '{1}', {2}; only a fixed region can contain others",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A container must have a range known when the VMM is written, so that its children can be checked against it; RAM and floating regions only get theirs at plan time.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.WithinNotFixed));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.WithinNotFixed))
        {
            var kind = map.Region(issue.Other).Kind switch
            {
                RegionKind.Ram => "the RAM block",
                RegionKind.Floating => "a floating region",
                _ => "a member without a region attribute",
            };
            map.Report(
                Descriptor,
                map.Locate.Argument(issue.Ordinal, KnownNames.Within),
                new[] { map.Locate.Member(issue.Other) },
                null,
                map.Name(issue.Ordinal),
                map.Name(issue.Other),
                kind);
        }
    }
}
