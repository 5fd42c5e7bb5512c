using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0020: the map is nested in a generic type.</summary>
internal static class ContainerGenericRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.ContainerGeneric,
        title: "Map is nested in a generic type",
        messageFormat: "Map '{0}' is nested in generic type '{1}', so its companion type '{2}' cannot be generated",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A map inside a generic type would be a different enum for every type argument, and its constant tables could not be shared; move the enum out of the generic type.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.ContainerGeneric));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.ContainerGeneric))
        {
            UnservableReport.Report(map, Descriptor, issue.Argument);
        }
    }
}
