using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0108: shipped ram policy changed.</summary>
internal static class RamPolicyChangedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.RamPolicyChanged,
        title: "Shipped RAM policy changed",
        messageFormat: "RAM '{0}' shipped with {1}, now {2}: the floating area of shipped machine versions starts elsewhere",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The RAM base, its reserved window, the device-memory alignment and the per-slot size decide where the floating area starts. Changing them moves every floating region of every shipped machine version (the bug class of QEMU's unguarded highest_gpa rounding).",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.RamPolicyChanged));
}
