using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0027: <c>TypeName</c> is not a usable class name.</summary>
internal static class InvalidTypeNameRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.InvalidTypeName,
        title: "TypeName is not a valid companion type name",
        messageFormat: "TypeName of map '{0}' must be a C# identifier other than the enum's own name, a contextual keyword, an all-lower-case name or a member every companion has (Get, Layout, PlanOptions, ...)",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "TypeName names the generated companion class; it must be a valid identifier and differ from the enum's name, or no companion type is generated.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.InvalidTypeName));

    public static void Check(MapAnalysis map)
    {
        foreach (var _ in map.Issues(IssueKind.InvalidTypeName))
        {
            map.Report(Descriptor, map.Locate.MapArgument(KnownNames.TypeName), map.Map.EnumName);
        }
    }
}
