using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0112: layout fact not in the baseline.</summary>
internal static class NotInBaselineRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.NotInBaseline,
        title: "Layout fact not in the baseline",
        messageFormat: "{0} {1}",
        Categories.Compat,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Every region and machine version of a map is recorded in the layout baseline, so that the next release can protect it. The code fix appends the line to MemoryLayout.Unshipped.txt; ShipMemoryLayout promotes it at release time.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.NotInBaseline));
}
