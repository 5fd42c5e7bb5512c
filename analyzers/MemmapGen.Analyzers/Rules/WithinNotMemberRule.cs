using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0014: <c>Within</c> names something that is not a member of this map.</summary>
internal static class WithinNotMemberRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.WithinNotMember,
        title: "Within does not name a member of this map",
        messageFormat: "'Within' of region '{0}' does not name a member of '{1}'",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Within takes a member of the same enum, the region that contains this one; any other value has no range to be contained in.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.WithinNotMember));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.WithinNotMember))
        {
            map.Report(Descriptor, map.Locate.Argument(issue.Ordinal, KnownNames.Within), map.Name(issue.Ordinal), map.Map.EnumName);
        }
    }
}
