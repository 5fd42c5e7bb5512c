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
        "Wanted", "Unwanted", "Guest64Bit", "CheckGuest32Bit",
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
        "Kinds", "FloatingOrdinals", "LastUsedGpa", "ReservedMemoryEnd", "E820Count", "GetE820", "Place",
        "IsActive",
        "_deviceMemoryBase", "_lastUsedGpa", "_reservedMemoryEnd",
    };

    /// <summary>The <c>Layout</c> field holding the raised size of the floating region at <paramref name="floatingIndex"/>.</summary>
    public static string LayoutSizeField(int floatingIndex) => "_size" + floatingIndex;

    /// <summary>
    /// The <c>Layout</c> fields of a map that splits RAM: per bank its base, size and whether it moved; per window its
    /// base, size and whether it is advertised; per reserved window whether it is active and listed in the e820 table.
    /// </summary>
    public static string[] SplitLayoutFields(int banks, int windows, int reserved)
    {
        var fields = new System.Collections.Generic.List<string>();
        for (var i = 0; i < banks; i++)
        {
            fields.AddRange(new[] { BankBase(i), BankSize(i), BankRelocated(i) });
        }

        for (var i = 0; i < windows; i++)
        {
            fields.AddRange(new[] { WindowBase(i), WindowSize(i), WindowAdvertised(i) });
        }

        for (var i = 0; i < reserved; i++)
        {
            fields.AddRange(new[] { ReservedActive(i), ReservedListed(i) });
        }

        return fields.ToArray();
    }

    public static string BankBase(int index) => "_bankBase" + index;

    public static string BankSize(int index) => "_bankSize" + index;

    public static string BankRelocated(int index) => "_relocated" + index;

    public static string WindowBase(int index) => "_windowBase" + index;

    public static string WindowSize(int index) => "_windowSize" + index;

    public static string WindowAdvertised(int index) => "_advertised" + index;

    public static string ReservedActive(int index) => "_active" + index;

    public static string ReservedListed(int index) => "_listed" + index;
}
