using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0034: <c>RelocatePast</c>, <c>After</c> or <c>Before</c> names a member of the wrong kind.</summary>
internal static class ReferenceWrongKindRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.ReferenceWrongKind,
        title: "Member reference names a member of the wrong kind",
        messageFormat: "'{0}' of region '{1}' names '{2}', {3}; it must name {4}",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A bank relocates past a [Reserved] window; a gap runs from a [RamBank] to a [Fixed] region. A reference to any other kind has no meaning in the plan, so it is ignored.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.ReferenceWrongKind));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.ReferenceWrongKind))
        {
            var expected = issue.Argument switch
            {
                KnownNames.RelocatePast => KindText.Of(RegionKind.Reserved),
                KnownNames.After => KindText.Of(RegionKind.RamBank),
                _ => KindText.Of(RegionKind.Fixed),
            };
            map.Report(
                Descriptor,
                map.Locate.Argument(issue.Ordinal, issue.Argument),
                new[] { map.Locate.Member(issue.Other) },
                null,
                issue.Argument,
                map.Name(issue.Ordinal),
                map.Name(issue.Other),
                KindText.Of(map.Region(issue.Other).Kind),
                expected);
        }
    }
}
