using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0109: shipped machine version changed its layout.</summary>
internal static class VersionLayoutChangedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.VersionLayoutChanged,
        title: "Shipped machine version changed its layout",
        messageFormat: "Machine version '{0}' shipped with the {1} layout and now uses the {2} layout",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A machine version keeps the floating layout it shipped with forever: legacy and compact place regions differently when some are disabled.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.VersionLayoutChanged));
}
