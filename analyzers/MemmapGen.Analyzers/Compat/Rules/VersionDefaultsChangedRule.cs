using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0110: shipped machine version changed a default.</summary>
internal static class VersionDefaultsChangedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.VersionDefaultsChanged,
        title: "Shipped machine version changed a default",
        messageFormat: "Machine version '{0}' shipped with '{1}' {2} by default and now {3} it",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Which floating regions a machine version requests by default is part of its guest ABI: in the compact layout it moves the regions after it, and a guest loses or gains a device.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.VersionDefaultsChanged));
}
