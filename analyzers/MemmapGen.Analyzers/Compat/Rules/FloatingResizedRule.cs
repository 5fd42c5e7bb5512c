using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0102: shipped floating region resized or realigned.</summary>
internal static class FloatingResizedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.FloatingResized,
        title: "Shipped floating region resized or realigned",
        messageFormat: "Floating region '{0}' shipped with {1}, now {2}: it and the regions after it move in shipped machine versions",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A floating region's size and alignment decide where it and every later region go. Changing them for a shipped machine version moves guest-visible addresses.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.FloatingResized));
}
