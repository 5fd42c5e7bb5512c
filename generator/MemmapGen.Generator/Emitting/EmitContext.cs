using System.Collections.Generic;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>What every emitter of one map needs: the model, and the member names claimed for each generated type.</summary>
internal sealed class EmitContext
{
    /// <summary>Straight-line planning up to this many floating regions; a loop over tables above it.</summary>
    public const int StraightLineLimit = 32;

    public EmitContext(MapSpec map, string version)
    {
        Map = map;
        Version = version;
        var floating = new List<RegionSpec>();
        var firstOfValue = new bool[map.Regions.Count];
        var seen = new HashSet<string>();
        foreach (var region in map.Regions)
        {
            if (region.Kind == RegionKind.Floating)
            {
                floating.Add(region);
            }

            firstOfValue[region.Ordinal] = seen.Add(region.Value);
        }

        Floating = floating;
        ValuesAreOrdinals = true;
        foreach (var region in map.Regions)
        {
            ValuesAreOrdinals &= IsOrdinal(region.Value, region.Ordinal);
        }

        IsFirstOfValue = firstOfValue;
        FloatingIndex = new int[map.Regions.Count];
        for (var i = 0; i < FloatingIndex.Length; i++)
        {
            FloatingIndex[i] = -1;
        }

        for (var i = 0; i < floating.Count; i++)
        {
            FloatingIndex[floating[i].Ordinal] = i;
        }

        Companion = new MemberNames(map.TypeName, ReservedNames.Companion);
        Options = new MemberNames("PlanOptions", ReservedNames.PlanOptions);
        var layoutReserved = new List<string>(ReservedNames.Layout);
        for (var i = 0; i < floating.Count; i++)
        {
            layoutReserved.Add(ReservedNames.LayoutSizeField(i));
        }

        Layout = new MemberNames("Layout", layoutReserved.ToArray());
        var names = new RegionNames[map.Regions.Count];
        foreach (var region in map.Regions)
        {
            names[region.Ordinal] = ClaimNames(region);
        }

        Names = names;
    }

    public MapSpec Map { get; }

    public string Version { get; }

    public IReadOnlyList<RegionSpec> Floating { get; }

    /// <summary>Index of each region among the floating ones, by ordinal; -1 for others.</summary>
    public int[] FloatingIndex { get; }

    /// <summary>False for a member whose value an earlier member already has (a switch may name each value once).</summary>
    public bool[] IsFirstOfValue { get; }

    public MemberNames Companion { get; }

    public MemberNames Options { get; }

    public MemberNames Layout { get; }

    /// <summary>The generated member names of each region, by ordinal.</summary>
    public IReadOnlyList<RegionNames> Names { get; }

    public bool IsStraightLine => Floating.Count <= StraightLineLimit;

    /// <summary>True when the members are numbered 0, 1, 2, ... in declaration order (no explicit values), the usual case.</summary>
    public bool ValuesAreOrdinals { get; }

    /// <summary>
    /// Large tables packed into string literals: for maps without named region members (large ones by default), where
    /// one literal per entry would cost the build; small maps keep readable arrays.
    /// </summary>
    public bool PacksTables => !Map.RegionConstants;

    /// <summary>Whether a member's value literal is its ordinal (the enum's default numbering).</summary>
    public static bool IsOrdinal(string valueLiteral, int ordinal) =>
        valueLiteral.TrimEnd('U', 'L') == ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Where a plan keeps a floating region's size: straight-line plans keep only raised sizes (a field each; the
    /// others are constants), loop plans keep every size in a buffer.
    /// </summary>
    public string StoredSize(RegionSpec region, string owner = "")
    {
        var index = FloatingIndex[region.Ordinal];
        if (!IsStraightLine)
        {
            return owner + "_sizes[" + index + "]";
        }

        return region.Resizable ? owner + ReservedNames.LayoutSizeField(index) : Literals.UInt64(region.Size);
    }

    /// <summary>The machine-version enum when the map declares versions, else null.</summary>
    public string? VersionType => Map.VersionType is not null && Map.Versions.Count > 0 ? Map.VersionType : null;

    /// <summary><c>global::Ns.Enum.Member</c>, escaped.</summary>
    public string Member(RegionSpec region) => Map.EnumType + "." + MemberNames.Identifier(region.Name);

    /// <summary>An XML doc reference to a region's enum member.</summary>
    public string See(RegionSpec region) => "<see cref=\"" + Member(region) + "\"/>";

    /// <summary>The alignment a floating region's base gets: declared, or its own size.</summary>
    public static ulong FloatingAlignment(RegionSpec region) => region.Alignment != 0 ? region.Alignment : region.Size;

    public ulong RamBase => Map.Ram?.Base ?? 0;

    /// <summary>The lowest start of the floating area: the end of the reserved RAM window (clamped to 2^64 - 1).</summary>
    public ulong Floor => Map.Ram is { } ram
        ? (ram.LegacyLimit > ulong.MaxValue - ram.Base ? ulong.MaxValue : ram.Base + ram.LegacyLimit)
        : 0;

    private RegionNames ClaimNames(RegionSpec region) => region.Kind switch
    {
        RegionKind.Fixed or RegionKind.Ram => new RegionNames
        {
            Range = Companion.Claim(region.Name),
            Base = Companion.Claim(region.Name + "Base"),
            Size = Companion.Claim(region.Name + "Size"),
            Last = Companion.Claim(region.Name + "Last"),
        },
        RegionKind.Floating => new RegionNames
        {
            Size = Companion.Claim(region.Name + "Size"),
            Alignment = Companion.Claim(region.Name + "Alignment"),
            Enable = Options.Claim("Enable" + region.Name),
            RaisedSize = region.Resizable ? Options.Claim(region.Name + "Size") : string.Empty,
            Placement = Layout.Claim(region.Name),
        },
        _ => new RegionNames(),
    };
}
