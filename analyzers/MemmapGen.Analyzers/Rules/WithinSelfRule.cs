using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0016: a region is declared <c>Within</c> itself.</summary>
internal static class WithinSelfRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.WithinSelf,
        title: "Region is declared within itself",
        messageFormat: "Region '{0}' is declared within itself",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Within names the region's container; a region cannot contain itself. Usually a copy-pasted line whose Within was not updated.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.WithinSelf));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.WithinSelf))
        {
            map.Report(Descriptor, map.Locate.Argument(issue.Ordinal, KnownNames.Within), map.Name(issue.Ordinal));
        }
    }
}
