using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0117: a shipped bank, reserved window, gap or window changed or removed.</summary>
internal static class SplitPolicyChangedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.SplitPolicyChanged,
        title: "Shipped RAM split policy changed",
        messageFormat: "{0} '{1}' shipped with {2} {3}, now {4}: the map of shipped machine versions changes",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A banked map's banks (base, limits, large-RAM rule, relocation, device-memory policy), reserved windows, gaps and windows decide where RAM, the PCI holes and hot-plug memory lie for every machine version. Changing them moves what a migrated guest already uses.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.SplitPolicyChanged));
}
