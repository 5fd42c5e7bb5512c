using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0101: shipped floating regions reordered.</summary>
internal static class FloatingReorderedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.FloatingReordered,
        title: "Shipped floating regions reordered",
        messageFormat: "Floating region '{0}' now comes before '{1}', but the shipped layout places it after: every later region of a shipped machine version moves",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Floating regions are placed in declaration order; swapping two shipped regions moves them and everything after them for every machine version that has shipped, so migrated guests find their devices at other addresses.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.FloatingReordered));
}
