using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0113: malformed layout baseline line.</summary>
internal static class MalformedBaselineLineRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.MalformedBaselineLine,
        title: "Malformed layout baseline line",
        messageFormat: "{0}",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A line of MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt could not be read (docs/baseline-format.md). Regenerate the files with ShipMemoryLayout rather than editing them by hand.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.MalformedBaselineLine));
}
