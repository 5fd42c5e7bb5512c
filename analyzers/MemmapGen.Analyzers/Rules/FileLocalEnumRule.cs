using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0021: the map is a <c>file</c>-local enum.</summary>
internal static class FileLocalEnumRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.FileLocalEnum,
        title: "Map is a file-local enum",
        messageFormat: "Map '{0}' is a file-local enum, so its companion type '{2}' cannot be generated",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The companion type is generated in its own file, which cannot see a file-local enum.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.FileLocalEnum));

    public static void Check(MapAnalysis map)
    {
        foreach (var _ in map.Issues(IssueKind.FileLocalEnum))
        {
            UnservableReport.Report(map, Descriptor, null);
        }
    }
}
