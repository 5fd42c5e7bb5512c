using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0105: shipped floating region renamed.</summary>
internal static class FloatingRenamedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.FloatingRenamed,
        title: "Shipped floating region renamed",
        messageFormat: "Floating region '{0}' takes the place of shipped region '{1}' (position {2}, same size and alignment): a rename; update the baseline",
        Categories.Compat,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A floating region at a shipped position with the shipped size and alignment but a new name is a rename, not a removal and an insertion: the layout is unchanged. The code fix renames it in MemoryLayout.Shipped.txt.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.FloatingRenamed));
}
