using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0115: layout baseline line for a map that no longer exists.</summary>
internal static class OrphanedBaselineLineRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.OrphanedBaselineLine,
        title: "Layout baseline line for a map that no longer exists",
        messageFormat: "The baseline records map '{0}', which this compilation does not declare",
        Categories.Compat,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A map recorded as shipped has disappeared (renamed or deleted). Appears on build only: it needs the whole compilation.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.OrphanedBaselineLine),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
