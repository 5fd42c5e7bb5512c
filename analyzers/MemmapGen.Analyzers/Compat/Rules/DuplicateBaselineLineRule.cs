using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0114: duplicate layout baseline line.</summary>
internal static class DuplicateBaselineLineRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.DuplicateBaselineLine,
        title: "Duplicate layout baseline line",
        messageFormat: "'{0}' is recorded twice (first on line {1} of {2})",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each fact of the layout baseline is recorded once; a second line for the same region or version is ambiguous.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.DuplicateBaselineLine));
}
