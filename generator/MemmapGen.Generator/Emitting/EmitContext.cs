using System.Collections.Generic;
using System.Globalization;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>What every emitter of one map needs: the model, its floating regions, and the member names of each region.</summary>
internal sealed class EmitContext
{
    /// <summary>Straight-line planning up to this many floating regions; a loop over tables above it.</summary>
    public const int StraightLineLimit = 32;

    public EmitContext(MapSpec map, string version)
    {
        Map = map;
        Version = version;
        var floating = new List<RegionSpec>();
        var floatingIndex = new int[map.Regions.Count];
        var isFirstOfValue = new bool[map.Regions.Count];
        var values = new HashSet<string>();
        var valuesAreOrdinals = true;
        foreach (var region in map.Regions)
        {
            floatingIndex[region.Ordinal] = region.Kind == RegionKind.Floating ? floating.Count : -1;
            if (region.Kind == RegionKind.Floating)
            {
                floating.Add(region);
            }

            isFirstOfValue[region.Ordinal] = values.Add(region.Value);
            valuesAreOrdinals &= IsOrdinal(region.Value, region.Ordinal);
        }

        Floating = floating;
        FloatingIndex = floatingIndex;
        IsFirstOfValue = isFirstOfValue;
        ValuesAreOrdinals = valuesAreOrdinals;
        var splitIndex = new int[map.Regions.Count];
        for (var i = 0; i < splitIndex.Length; i++)
        {
            splitIndex[i] = -1;
        }

        IndexAll(splitIndex, map.Banks, bank => bank.Ordinal);
        IndexAll(splitIndex, map.Gaps, gap => gap.Ordinal);
        IndexAll(splitIndex, map.Windows, window => window.Ordinal);
        IndexAll(splitIndex, map.Reserved, ordinal => ordinal);
        SplitIndex = splitIndex;
        Names = ClaimNames(map, floating.Count);
    }

    /// <summary>
    /// Index of each bank, gap, window and reserved window among those of its kind, by ordinal; -1 for others. The
    /// planner's fields are numbered by it (<see cref="ReservedNames.SplitLayoutFields"/>).
    /// </summary>
    public int[] SplitIndex { get; }

    /// <summary>The last bank: it takes the RAM the others leave, and device memory and windows follow it.</summary>
    public BankSpec? LastBank => Map.Banks.Count > 0 ? Map.Banks[Map.Banks.Count - 1] : null;

    private static void IndexAll<T>(int[] index, EquatableArray<T> items, System.Func<T, int> ordinal)
        where T : System.IEquatable<T>
    {
        for (var i = 0; i < items.Count; i++)
        {
            index[ordinal(items[i])] = i;
        }
    }

    public MapSpec Map { get; }

    /// <summary>The generator's version, named by the generated code.</summary>
    public string Version { get; }

    /// <summary>The floating regions in declaration order: a floating region's index in the plan is its position here.</summary>
    public IReadOnlyList<RegionSpec> Floating { get; }

    /// <summary>Index of each region among the floating ones, by ordinal; -1 for others.</summary>
    public int[] FloatingIndex { get; }

    /// <summary>False for a member whose value an earlier member already has (a switch may name each value once).</summary>
    public bool[] IsFirstOfValue { get; }

    /// <summary>The generated member names of each region, by ordinal.</summary>
    public IReadOnlyList<RegionNames> Names { get; }

    /// <summary>True when the members are numbered 0, 1, 2, ... in declaration order (no explicit values), the usual case.</summary>
    public bool ValuesAreOrdinals { get; }

    public bool IsStraightLine => Floating.Count <= StraightLineLimit;

    /// <summary>
    /// Large tables packed into string literals: for maps without named region members (large ones by default), where
    /// one literal per entry would cost the build; small maps keep readable arrays.
    /// </summary>
    public bool PacksTables => !Map.RegionConstants;

    /// <summary>The machine-version enum when the map declares versions, else null.</summary>
    public string? VersionType => Map.VersionType is not null && Map.Versions.Count > 0 ? Map.VersionType : null;

    public ulong RamBase => Map.Ram?.Base ?? 0;

    /// <summary>The lowest start of the floating area: the end of the reserved RAM window (clamped to 2^64 - 1).</summary>
    public ulong Floor => Map.Ram is { } ram
        ? (ram.LegacyLimit > ulong.MaxValue - ram.Base ? ulong.MaxValue : ram.Base + ram.LegacyLimit)
        : 0;

    /// <summary>Whether a member's value literal is its ordinal (the enum's default numbering).</summary>
    public static bool IsOrdinal(string valueLiteral, int ordinal) =>
        valueLiteral.TrimEnd('U', 'L') == ordinal.ToString(CultureInfo.InvariantCulture);

    /// <summary>The alignment a floating region's base gets: declared, or its own size.</summary>
    public static ulong FloatingAlignment(RegionSpec region) => region.Alignment != 0 ? region.Alignment : region.Size;

    /// <summary><c>global::Ns.Enum.Member</c>, escaped.</summary>
    public string Member(RegionSpec region) => $"{Map.EnumType}.{MemberNames.Identifier(region.Name)}";

    /// <summary>An XML doc reference to a region's enum member.</summary>
    public string See(RegionSpec region) => $"<see cref=\"{Member(region)}\"/>";

    /// <summary>
    /// Where a plan keeps a floating region's size: straight-line plans keep only raised sizes (a field each; the
    /// others are constants), loop plans keep every size in a buffer.
    /// </summary>
    public string StoredSize(RegionSpec region, string owner = "")
    {
        var index = FloatingIndex[region.Ordinal];
        if (!IsStraightLine)
        {
            return $"{owner}_sizes[{index}]";
        }

        return region.Resizable ? owner + ReservedNames.LayoutSizeField(index) : Literals.UInt64(region.Size);
    }

    /// <summary>
    /// Claims each region's member names in the type that declares them, around the names that type reserves for
    /// itself (<see cref="ReservedNames"/>), in declaration order.
    /// </summary>
    private static RegionNames[] ClaimNames(MapSpec map, int floatingCount)
    {
        var companion = new MemberNames(map.TypeName, ReservedNames.Companion);
        var planOptions = new MemberNames("PlanOptions", ReservedNames.PlanOptions);
        var layoutReserved = new List<string>(ReservedNames.Layout);
        for (var index = 0; index < floatingCount; index++)
        {
            layoutReserved.Add(ReservedNames.LayoutSizeField(index));
        }

        layoutReserved.AddRange(ReservedNames.SplitLayoutFields(map.Banks.Count, map.Windows.Count, map.Reserved.Count));
        var layout = new MemberNames("Layout", layoutReserved.ToArray());
        var names = new RegionNames[map.Regions.Count];
        var lastBank = map.Banks.Count > 0 ? map.Banks[map.Banks.Count - 1].Ordinal : -1;
        foreach (var region in map.Regions)
        {
            var name = region.Name;
            var bank = region.Kind == RegionKind.RamBank ? FindBank(map, region.Ordinal) : null;
            names[region.Ordinal] = region.Kind switch
            {
                RegionKind.RamBank => new RegionNames
                {
                    Limit = region.Ordinal != lastBank ? planOptions.Claim($"{name}Limit") : string.Empty,
                    // A cap the declaration says always applies has no switch to claim.
                    LargeRamLimit = region.Ordinal != lastBank && bank is { LargeRamLimit: > 0, LargeRamLimitOptional: true }
                        ? planOptions.Claim($"{name}LargeRamLimit")
                        : string.Empty,
                    Placement = layout.Claim(name),
                    Relocated = bank is { RelocatePast: >= 0 } ? layout.Claim($"{name}Relocated") : string.Empty,
                },
                RegionKind.Reserved => new RegionNames
                {
                    Range = companion.Claim(name),
                    Base = companion.Claim($"{name}Base"),
                    Size = companion.Claim($"{name}Size"),
                    Last = companion.Claim($"{name}Last"),
                    Avoid = planOptions.Claim($"Avoid{name}"),
                    Enforce = planOptions.Claim($"Enforce{name}"),
                    Active = layout.Claim($"{name}Active"),
                },
                RegionKind.Gap => new RegionNames { Placement = layout.Claim(name) },
                RegionKind.Window => new RegionNames
                {
                    WindowSize = planOptions.Claim($"{name}Size"),
                    Advertise = planOptions.Claim($"Advertise{name}"),
                    Placement = layout.Claim(name),
                    Advertised = layout.Claim($"{name}Advertised"),
                },
                RegionKind.Fixed or RegionKind.Ram => new RegionNames
                {
                    Range = companion.Claim(name),
                    Base = companion.Claim($"{name}Base"),
                    Size = companion.Claim($"{name}Size"),
                    Last = companion.Claim($"{name}Last"),
                },
                RegionKind.Floating => new RegionNames
                {
                    Size = companion.Claim($"{name}Size"),
                    Alignment = companion.Claim($"{name}Alignment"),
                    Enable = planOptions.Claim($"Enable{name}"),
                    RaisedSize = region.Resizable ? planOptions.Claim($"{name}Size") : string.Empty,
                    Placement = layout.Claim(name),
                },
                _ => new RegionNames(),
            };
        }

        return names;
    }

    private static BankSpec? FindBank(MapSpec map, int ordinal)
    {
        foreach (var bank in map.Banks)
        {
            if (bank.Ordinal == ordinal)
            {
                return bank;
            }
        }

        return null;
    }
}
