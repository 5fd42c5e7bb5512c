using System.Collections.Immutable;
using System.Linq;
using MemmapGen.Analyzers.Compat.Rules;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat;

/// <summary>Every layout-baseline rule (MMG01xx) with the methods that report it; the one list of them.</summary>
internal static class CompatRuleCatalog
{
    public static readonly ImmutableArray<CompatRule> Rules = ImmutableArray.Create(
        Comparer(FloatingReorderedRule.Descriptor, nameof(LayoutComparer.CompareFloating)),
        Comparer(FloatingResizedRule.Descriptor, nameof(LayoutComparer.CompareFloating)),
        Comparer(FloatingRemovedRule.Descriptor, nameof(LayoutComparer.CompareFloating), nameof(LayoutComparer.CompareVersions)),
        Comparer(InsertionMovesShippedRule.Descriptor, nameof(LayoutComparer.ProveInsertions)),
        Comparer(FloatingRenamedRule.Descriptor, nameof(LayoutComparer.CompareFloating)),
        Comparer(FixedMovedRule.Descriptor, nameof(LayoutComparer.CompareFixed)),
        Comparer(FixedRemovedRule.Descriptor, nameof(LayoutComparer.CompareFixed)),
        Comparer(RamPolicyChangedRule.Descriptor, nameof(LayoutComparer.CompareRam)),
        Comparer(VersionLayoutChangedRule.Descriptor, nameof(LayoutComparer.CompareVersions)),
        Comparer(VersionDefaultsChangedRule.Descriptor, nameof(LayoutComparer.CompareVersions)),
        Comparer(VersionRemovedRule.Descriptor, nameof(LayoutComparer.CompareVersions)),
        Comparer(SplitPolicyChangedRule.Descriptor, nameof(LayoutComparer.CompareSplit)),
        Comparer(VersionPolicyChangedRule.Descriptor, nameof(LayoutComparer.ReportPolicyChange)),
        Comparer(NotInBaselineRule.Descriptor, nameof(LayoutComparer.FindUnrecorded)),
        Analyzer(MalformedBaselineLineRule.Descriptor, nameof(LayoutCompatAnalyzer.ReportLines)),
        Analyzer(DuplicateBaselineLineRule.Descriptor, nameof(LayoutCompatAnalyzer.ReportLines)),
        Analyzer(OrphanedBaselineLineRule.Descriptor, nameof(LayoutCompatAnalyzer.ReportOrphans)),
        Analyzer(NoBaselineRule.Descriptor, nameof(LayoutCompatAnalyzer.AnalyzeMap)));

    /// <summary>What <see cref="LayoutCompatAnalyzer"/> supports: read off <see cref="Rules"/>, never listed twice.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = Rules.Select(static rule => rule.Descriptor).ToImmutableArray();

    private static CompatRule Comparer(DiagnosticDescriptor descriptor, params string[] methods) =>
        new(descriptor, nameof(LayoutComparer), "Compat/LayoutComparer.cs", methods.ToImmutableArray());

    private static CompatRule Analyzer(DiagnosticDescriptor descriptor, string method) =>
        new(descriptor, nameof(LayoutCompatAnalyzer), "LayoutCompatAnalyzer.cs", ImmutableArray.Create(method));
}
