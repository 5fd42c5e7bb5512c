namespace MemmapGen.Analyzers.Descriptors;

/// <summary>
/// Every diagnostic ID, in one place so they stay unique and stable. MMG00xx: declaration checks.
/// MMG01xx is reserved for the layout-baseline (migration compat) rules.
/// </summary>
public static class DiagnosticIds
{
    public const string FixedOverlap = "MMG0001";
    public const string OutsideContainer = "MMG0002";
    public const string SiblingOverlap = "MMG0003";
    public const string RamWindowOverlap = "MMG0004";
    public const string InFloatingArea = "MMG0005";
    public const string ZeroSize = "MMG0006";
    public const string PastAddressSpace = "MMG0007";
    public const string PastAddressWidth = "MMG0008";
    public const string MisalignedBase = "MMG0009";
    public const string AlignmentNotPowerOfTwo = "MMG0010";
    public const string FloatingSizeNotPowerOfTwo = "MMG0011";
    public const string DuplicateValue = "MMG0012";
    public const string DuplicateCompanionType = "MMG0013";
    public const string WithinNotMember = "MMG0014";
    public const string WithinOtherMap = "MMG0015";
    public const string WithinSelf = "MMG0016";
    public const string WithinCycle = "MMG0017";
    public const string WithinNotFixed = "MMG0018";
    public const string ContainerNotPartial = "MMG0019";
    public const string ContainerGeneric = "MMG0020";
    public const string FileLocalEnum = "MMG0021";
    public const string FloatingNeverFits = "MMG0022";
    public const string InvalidArgument = "MMG0023";
    public const string ConflictingAttributes = "MMG0024";
    public const string DuplicateRam = "MMG0025";
    public const string InvalidAddressBits = "MMG0026";
    public const string InvalidTypeName = "MMG0027";
    public const string VersionsNotEnum = "MMG0028";
    public const string VersionWithoutName = "MMG0029";
    public const string DuplicateVersionName = "MMG0030";
    public const string VersionNotMember = "MMG0031";
    public const string MixedRamKinds = "MMG0032";
    public const string ReferenceNotMember = "MMG0033";
    public const string ReferenceWrongKind = "MMG0034";
    public const string BankWithoutLimit = "MMG0035";
    public const string LimitAboveMaxLimit = "MMG0036";
    public const string LargeRamLimitNoEffect = "MMG0037";
    public const string BankOverlap = "MMG0038";
    public const string InPossibleRam = "MMG0039";
    public const string RelocationUnusable = "MMG0040";
    public const string GapAlwaysClosed = "MMG0041";
    public const string PlanOverlap = "MMG0042";
    public const string PlanPastWidth = "MMG0043";
    public const string PlanProved = "MMG0044";
    public const string PlanNotProved = "MMG0045";
}
