using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0030: two machine versions share a name.</summary>
internal static class DuplicateVersionNameRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.DuplicateVersionName,
        title: "Two machine versions share a name",
        messageFormat: "Machine version '{0}' of map '{1}' reuses the name \"{2}\"",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A machine version is selected by its name; two with one name make the selection ambiguous and the older layout unreachable.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.DuplicateVersionName));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.DuplicateVersionName))
        {
            var name = issue.Other >= 0 && issue.Other < map.Map.Versions.Count ? map.Map.Versions[issue.Other].Name : issue.Argument;
            map.Report(Descriptor, map.Locate.MapArgument(KnownNames.Versions), issue.Argument, map.Map.EnumName, name);
        }
    }
}
