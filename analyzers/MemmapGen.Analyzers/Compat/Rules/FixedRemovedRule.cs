using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0107: shipped fixed region removed.</summary>
internal static class FixedRemovedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.FixedRemoved,
        title: "Shipped fixed region removed",
        messageFormat: "Shipped fixed region '{0}' {1} is no longer declared",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A fixed region recorded in MemoryLayout.Shipped.txt no longer exists in the map; a migrated guest would lose the device.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.FixedRemoved));
}
