namespace MemmapGen.Analyzers.Descriptors;

/// <summary>IDs of the layout-baseline (migration compat) rules: MMG01xx.</summary>
public static class CompatDiagnosticIds
{
    public const string FloatingReordered = "MMG0101";
    public const string FloatingResized = "MMG0102";
    public const string FloatingRemoved = "MMG0103";
    public const string InsertionMovesShipped = "MMG0104";
    public const string FloatingRenamed = "MMG0105";
    public const string FixedMoved = "MMG0106";
    public const string FixedRemoved = "MMG0107";
    public const string RamPolicyChanged = "MMG0108";
    public const string VersionLayoutChanged = "MMG0109";
    public const string VersionDefaultsChanged = "MMG0110";
    public const string VersionRemoved = "MMG0111";
    public const string NotInBaseline = "MMG0112";
    public const string MalformedBaselineLine = "MMG0113";
    public const string DuplicateBaselineLine = "MMG0114";
    public const string OrphanedBaselineLine = "MMG0115";
    public const string NoBaseline = "MMG0116";
    public const string SplitPolicyChanged = "MMG0117";
    public const string VersionPolicyChanged = "MMG0118";
}
