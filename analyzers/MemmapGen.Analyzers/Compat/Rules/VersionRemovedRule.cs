using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0111: shipped machine version removed.</summary>
internal static class VersionRemovedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.VersionRemoved,
        title: "Shipped machine version removed",
        messageFormat: "Shipped machine version '{0}' is no longer declared",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Guests running a shipped machine version must be able to migrate to this build; removing the version breaks them. Remove it only together with its line in MemoryLayout.Shipped.txt, deliberately.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.VersionRemoved));
}
