namespace MemmapGen.Generator.Planning;

/// <summary>
/// The one list of the names each generated type declares for itself. Region-derived names (<c>FlashBase</c>,
/// <c>EnableHighPcieEcam</c>, a placement called <c>Ram</c>) are claimed around them, so a region may be called
/// anything. A member added to an emitter goes here too: a test compiles every generated type and fails on a
/// member that is not listed.
/// </summary>
internal static class ReservedNames
{
    /// <summary>Members of the companion class; its own name must also avoid them.</summary>
    public static readonly string[] Companion =
    {
        "RegionCount", "Get", "OrdinalOf", "KindOf", "FromOrdinal", "Bases", "Sizes", "TryFind", "Plan", "TryPlan",
        "PlanOptions", "Layout", "FloatingBuffer", "RegionValues", "FindBases", "FindLasts", "FindOwners",
        "VersionCount", "LatestVersion", "VersionOrdinal", "VersionFromOrdinal", "VersionName", "VersionNames",
        "TryParseVersion", "VersionLayout", "Kinds", "FloatingOrdinals", "SortedValues", "SortedOrdinals",
    };

    /// <summary>Members of <c>PlanOptions</c>.</summary>
    public static readonly string[] PlanOptions =
    {
        "PlanOptions", "RamSize", "MaxRamSize", "RamSlots", "PhysAddrBits", "FloatingLayout", "Version", "Requests",
        "Wanted", "Unwanted",
    };

    /// <summary>
    /// Members of <c>Layout</c>, and the companion members its planner calls unqualified (a placement of that name
    /// would shadow them). Straight-line plans add one field per floating region (<see cref="LayoutSizeField"/>).
    /// </summary>
    public static readonly string[] Layout =
    {
        "Layout", "Ram", "DeviceMemory", "HighestGpa", "RequiredPhysAddrBits", "PhysAddrBits", "FloatingLayout",
        "Get", "Format", "TryCreate", "TryCreateChecked", "_bases", "_sizes", "_states", "_ramSize", "_deviceMemory",
        "_highestGpa", "_physAddrBits", "_deviceMemorySize", "_floatingLayout", "Version", "_version",
        "LatestVersion", "VersionOrdinal", "VersionLayout", "OrdinalOf", "FromOrdinal", "RegionCount", "Bases", "Sizes",
        "Kinds", "FloatingOrdinals",
    };

    /// <summary>The <c>Layout</c> field holding the raised size of the floating region at <paramref name="floatingIndex"/>.</summary>
    public static string LayoutSizeField(int floatingIndex) => "_size" + floatingIndex;
}
