using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0103: shipped floating region removed.</summary>
internal static class FloatingRemovedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.FloatingRemoved,
        title: "Shipped floating region removed",
        messageFormat: "Shipped floating region '{0}' ({1}) is no longer {2}",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Removing a shipped floating region from a machine version that has it shifts the regions after it, and a migrated guest loses a device it used.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.FloatingRemoved));
}
