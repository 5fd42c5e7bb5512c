using System.Collections.Generic;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Parsing;

namespace MemmapGen.Analyzers.Analysis;

/// <summary>How a fixed region collides with the RAM block's reserved space.</summary>
internal enum RamClashKind
{
    /// <summary>It overlaps <c>[Ram.Base, Ram.Base + LegacyLimit)</c>.</summary>
    Window,

    /// <summary>It lies at or above <c>Ram.Base + LegacyLimit</c>, where the planner puts floating regions.</summary>
    FloatingArea,
}

/// <summary>A fixed region in RAM's way.</summary>
internal readonly record struct RamClash(int Ordinal, RamClashKind Kind, string Argument, AddressRange Window);

/// <summary>
/// Finds fixed regions in the RAM window or in the floating area above it. Only maps whose RAM declares a
/// LegacyLimit reserve either. A region inside a clashing container is not reported again.
/// </summary>
internal static class RamClashes
{
    public static List<RamClash> Find(MapAnalysis map)
    {
        var clashes = new List<RamClash>();
        if (map.Map.Ram is not { LegacyLimit: > 0 } ram
            || !map.IsReadable(ram.Ordinal, KnownNames.BaseArgument)
            || !map.IsReadable(ram.Ordinal, KnownNames.LegacyLimit))
        {
            return clashes;
        }

        var window = AddressRange.FromSize(ram.Base, ram.LegacyLimit, out _);
        var hasFloor = window.Last != ulong.MaxValue;
        var clashing = new HashSet<int>();
        var found = new List<RamClash>();
        for (var i = 0; i < map.Map.Regions.Count; i++)
        {
            if (map.Range(i) is not { } range || map.Container(i) is null)
            {
                continue;
            }

            if (range.Overlaps(window))
            {
                var argument = range.Base >= window.Base ? KnownNames.BaseArgument : KnownNames.SizeArgument;
                found.Add(new RamClash(i, RamClashKind.Window, argument, window));
                clashing.Add(i);
            }
            else if (hasFloor && range.Last > window.Last)
            {
                found.Add(new RamClash(i, RamClashKind.FloatingArea, KnownNames.BaseArgument, window));
                clashing.Add(i);
            }
        }

        foreach (var clash in found)
        {
            var container = map.Container(clash.Ordinal) ?? -1;
            if (container < 0 || !clashing.Contains(container))
            {
                clashes.Add(clash);
            }
        }

        return clashes;
    }
}
