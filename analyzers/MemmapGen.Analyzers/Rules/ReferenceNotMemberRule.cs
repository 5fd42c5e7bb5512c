using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0033: <c>RelocatePast</c>, <c>After</c> or <c>Before</c> names no other member of this map.</summary>
internal static class ReferenceNotMemberRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.ReferenceNotMember,
        title: "Member reference does not name another member of the map",
        messageFormat: "'{0}' of region '{1}' does not name another member of '{2}'",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "RelocatePast, After and Before name another member of the same map (a reserved window, a bank, a fixed region). A number, a member of another enum or the region itself names nothing the plan can use, so the reference is ignored.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.ReferenceNotMember));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.ReferenceNotMember))
        {
            map.Report(Descriptor, map.Locate.Argument(issue.Ordinal, issue.Argument), issue.Argument, map.Name(issue.Ordinal), map.Map.EnumName);
        }
    }
}
