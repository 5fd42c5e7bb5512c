using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0118: what a shipped machine version of a banked map does changed.</summary>
internal static class VersionPolicyChangedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.VersionPolicyChanged,
        title: "Shipped machine version's split flags changed",
        messageFormat: "Machine version '{0}' shipped with {1} {2}, now {3}: its guests find a different map",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Which reserved windows a machine version avoids, which windows it advertises and whether it checks a 32-bit guest follow from Since, AdvertisedSince and CheckGuest32BitSince. Moving one of them past a shipped version changes that version's RAM split or its firmware tables.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.VersionPolicyChanged));
}
