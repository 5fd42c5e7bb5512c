using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>Every declaration rule (MMG00xx), each with its check (one file per rule); the one list of them.</summary>
internal static class RuleCatalog
{
    /// <summary>The rules, in the order their checks run on a map.</summary>
    public static readonly ImmutableArray<MapRule> Rules = ImmutableArray.Create<MapRule>(
        new(FixedOverlapRule.Descriptor, FixedOverlapRule.Check),
        new(OutsideContainerRule.Descriptor, OutsideContainerRule.Check),
        new(SiblingOverlapRule.Descriptor, SiblingOverlapRule.Check),
        new(RamWindowRule.Descriptor, RamWindowRule.Check),
        new(FloatingAreaRule.Descriptor, FloatingAreaRule.Check),
        new(ZeroSizeRule.Descriptor, ZeroSizeRule.Check),
        new(PastAddressSpaceRule.Descriptor, PastAddressSpaceRule.Check),
        new(PastAddressWidthRule.Descriptor, PastAddressWidthRule.Check),
        new(MisalignedBaseRule.Descriptor, MisalignedBaseRule.Check),
        new(AlignmentPowerOfTwoRule.Descriptor, AlignmentPowerOfTwoRule.Check),
        new(FloatingSizePowerOfTwoRule.Descriptor, FloatingSizePowerOfTwoRule.Check),
        new(DuplicateValueRule.Descriptor, DuplicateValueRule.Check),
        // Compares maps across the compilation, so MemoryMapAnalyzer runs it at the compilation end.
        new(DuplicateCompanionTypeRule.Descriptor, Check: null),
        new(WithinNotMemberRule.Descriptor, WithinNotMemberRule.Check),
        new(WithinOtherMapRule.Descriptor, WithinOtherMapRule.Check),
        new(WithinSelfRule.Descriptor, WithinSelfRule.Check),
        new(WithinCycleRule.Descriptor, WithinCycleRule.Check),
        new(WithinNotFixedRule.Descriptor, WithinNotFixedRule.Check),
        new(ContainerNotPartialRule.Descriptor, ContainerNotPartialRule.Check),
        new(ContainerGenericRule.Descriptor, ContainerGenericRule.Check),
        new(FileLocalEnumRule.Descriptor, FileLocalEnumRule.Check),
        new(FloatingNeverFitsRule.Descriptor, FloatingNeverFitsRule.Check),
        new(InvalidArgumentRule.Descriptor, InvalidArgumentRule.Check),
        new(ConflictingAttributesRule.Descriptor, ConflictingAttributesRule.Check),
        new(DuplicateRamRule.Descriptor, DuplicateRamRule.Check),
        new(InvalidAddressBitsRule.Descriptor, InvalidAddressBitsRule.Check),
        new(InvalidTypeNameRule.Descriptor, InvalidTypeNameRule.Check),
        new(VersionsNotEnumRule.Descriptor, VersionsNotEnumRule.Check),
        new(VersionWithoutNameRule.Descriptor, VersionWithoutNameRule.Check),
        new(DuplicateVersionNameRule.Descriptor, DuplicateVersionNameRule.Check),
        new(VersionNotMemberRule.Descriptor, VersionNotMemberRule.Check),
        new(MixedRamKindsRule.Descriptor, MixedRamKindsRule.Check),
        new(ReferenceNotMemberRule.Descriptor, ReferenceNotMemberRule.Check),
        new(ReferenceWrongKindRule.Descriptor, ReferenceWrongKindRule.Check),
        new(BankWithoutLimitRule.Descriptor, BankWithoutLimitRule.Check),
        new(LimitAboveMaxLimitRule.Descriptor, LimitAboveMaxLimitRule.Check),
        new(LargeRamLimitNoEffectRule.Descriptor, LargeRamLimitNoEffectRule.Check),
        new(BankOverlapRule.Descriptor, BankOverlapRule.Check),
        new(InPossibleRamRule.Descriptor, InPossibleRamRule.Check),
        new(RelocationUnusableRule.Descriptor, RelocationUnusableRule.Check),
        new(GapAlwaysClosedRule.Descriptor, GapAlwaysClosedRule.Check),
        new(PlanOverlapRule.Descriptor, PlanOverlapRule.Check),
        new(PlanPastWidthRule.Descriptor, PlanPastWidthRule.Check),
        new(PlanProvedRule.Descriptor, PlanProvedRule.Check),
        new(PlanNotProvedRule.Descriptor, PlanNotProvedRule.Check));

    /// <summary>What <see cref="MemoryMapAnalyzer"/> supports: read off <see cref="Rules"/>, never listed twice.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = Rules.Select(static rule => rule.Descriptor).ToImmutableArray();
}
