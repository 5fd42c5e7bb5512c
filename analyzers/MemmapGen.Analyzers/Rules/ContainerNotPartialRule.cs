using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0019: the map is nested in a type that is not <c>partial</c>.</summary>
internal static class ContainerNotPartialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.ContainerNotPartial,
        title: "Map is nested in a type that is not partial",
        messageFormat: "Map '{0}' is nested in '{1}', which is not partial, so its companion type '{2}' cannot be generated",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The companion type is generated next to the enum, inside the same containing types; C# only lets generated code add to a type declared partial.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.ContainerNotPartial));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.ContainerNotPartial))
        {
            UnservableReport.Report(map, Descriptor, issue.Argument);
        }
    }
}
