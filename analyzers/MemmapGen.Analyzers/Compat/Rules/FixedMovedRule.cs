using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0106: shipped fixed region moved or resized.</summary>
internal static class FixedMovedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.FixedMoved,
        title: "Shipped fixed region moved or resized",
        messageFormat: "Fixed region '{0}' shipped as {1}, now {2}",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Guests of shipped machine versions find fixed devices at fixed addresses (device trees and ACPI tables were built from them); moving or resizing one breaks migration.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.FixedMoved));
}
