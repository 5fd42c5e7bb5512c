using System.Collections.Immutable;
using MemmapGen.Analyzers.Compat.Rules;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat;

/// <summary>Every layout-baseline rule (MMG01xx).</summary>
internal static class CompatRuleCatalog
{
    public static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = ImmutableArray.Create(
        FloatingReorderedRule.Descriptor,
        FloatingResizedRule.Descriptor,
        FloatingRemovedRule.Descriptor,
        InsertionMovesShippedRule.Descriptor,
        FloatingRenamedRule.Descriptor,
        FixedMovedRule.Descriptor,
        FixedRemovedRule.Descriptor,
        RamPolicyChangedRule.Descriptor,
        VersionLayoutChangedRule.Descriptor,
        VersionDefaultsChangedRule.Descriptor,
        VersionRemovedRule.Descriptor,
        NotInBaselineRule.Descriptor,
        MalformedBaselineLineRule.Descriptor,
        DuplicateBaselineLineRule.Descriptor,
        OrphanedBaselineLineRule.Descriptor,
        NoBaselineRule.Descriptor);
}
