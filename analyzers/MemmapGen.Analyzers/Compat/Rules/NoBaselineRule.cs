using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0116: no layout baseline.</summary>
internal static class NoBaselineRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.NoBaseline,
        title: "No layout baseline",
        messageFormat: "Map '{0}' has no layout baseline, so compat checks are off; record one with: dotnet msbuild -t:ShipMemoryLayout",
        Categories.Compat,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Without MemoryLayout.Shipped.txt nothing protects the map's shipped layout from changes that break migration. Run ShipMemoryLayout once to create it.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.NoBaseline));
}
