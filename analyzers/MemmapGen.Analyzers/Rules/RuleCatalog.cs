using System;
using System.Collections.Immutable;
using MemmapGen.Analyzers.Analysis;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>Every rule: its descriptor, and the per-map check that reports it (one file per rule).</summary>
internal static class RuleCatalog
{
    /// <summary>Checks that run on one map symbol, live in the editor.</summary>
    public static readonly ImmutableArray<Action<MapAnalysis>> MapChecks = ImmutableArray.Create<Action<MapAnalysis>>(
        FixedOverlapRule.Check,
        OutsideContainerRule.Check,
        SiblingOverlapRule.Check,
        RamWindowRule.Check,
        FloatingAreaRule.Check,
        ZeroSizeRule.Check,
        PastAddressSpaceRule.Check,
        PastAddressWidthRule.Check,
        MisalignedBaseRule.Check,
        AlignmentPowerOfTwoRule.Check,
        FloatingSizePowerOfTwoRule.Check,
        DuplicateValueRule.Check,
        WithinNotMemberRule.Check,
        WithinOtherMapRule.Check,
        WithinSelfRule.Check,
        WithinCycleRule.Check,
        WithinNotFixedRule.Check,
        ContainerNotPartialRule.Check,
        ContainerGenericRule.Check,
        FileLocalEnumRule.Check,
        FloatingNeverFitsRule.Check,
        InvalidArgumentRule.Check,
        ConflictingAttributesRule.Check,
        DuplicateRamRule.Check,
        InvalidAddressBitsRule.Check,
        InvalidTypeNameRule.Check,
        VersionsNotEnumRule.Check,
        VersionWithoutNameRule.Check,
        DuplicateVersionNameRule.Check,
        VersionNotMemberRule.Check);

    public static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = ImmutableArray.Create(
        FixedOverlapRule.Descriptor,
        OutsideContainerRule.Descriptor,
        SiblingOverlapRule.Descriptor,
        RamWindowRule.Descriptor,
        FloatingAreaRule.Descriptor,
        ZeroSizeRule.Descriptor,
        PastAddressSpaceRule.Descriptor,
        PastAddressWidthRule.Descriptor,
        MisalignedBaseRule.Descriptor,
        AlignmentPowerOfTwoRule.Descriptor,
        FloatingSizePowerOfTwoRule.Descriptor,
        DuplicateValueRule.Descriptor,
        DuplicateCompanionTypeRule.Descriptor,
        WithinNotMemberRule.Descriptor,
        WithinOtherMapRule.Descriptor,
        WithinSelfRule.Descriptor,
        WithinCycleRule.Descriptor,
        WithinNotFixedRule.Descriptor,
        ContainerNotPartialRule.Descriptor,
        ContainerGenericRule.Descriptor,
        FileLocalEnumRule.Descriptor,
        FloatingNeverFitsRule.Descriptor,
        InvalidArgumentRule.Descriptor,
        ConflictingAttributesRule.Descriptor,
        DuplicateRamRule.Descriptor,
        InvalidAddressBitsRule.Descriptor,
        InvalidTypeNameRule.Descriptor,
        VersionsNotEnumRule.Descriptor,
        VersionWithoutNameRule.Descriptor,
        DuplicateVersionNameRule.Descriptor,
        VersionNotMemberRule.Descriptor);
}
