using System.Collections.Generic;
using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Planning;

/// <summary>
/// Flattens the fixed regions into sorted, disjoint intervals, each owned by the innermost region covering it
/// (a container's children win over the container), so <c>TryFind</c> is one binary search.
/// </summary>
internal static class LookupTable
{
    internal readonly record struct Interval(ulong Base, ulong Last, int Ordinal);

    public static List<Interval> Build(EquatableArray<RegionSpec> regions)
    {
        var depth = Containment.Depths(regions);
        var fixedRegions = new List<RegionSpec>();
        foreach (var region in regions)
        {
            if (region.IsFixed && region.Size != 0)
            {
                fixedRegions.Add(region);
            }
        }

        // Sweep over region starts and ends; the active set is ordered so its minimum is the innermost region.
        var events = new List<(ulong At, bool Start, RegionSpec Region)>(fixedRegions.Count * 2);
        foreach (var region in fixedRegions)
        {
            events.Add((region.Base, true, region));
            var last = Last(region);
            if (last != ulong.MaxValue)
            {
                events.Add((last + 1, false, region));
            }
        }

        events.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Start.CompareTo(b.Start));
        var priority = Comparer<RegionSpec>.Create((a, b) =>
            depth[a.Ordinal] != depth[b.Ordinal] ? depth[b.Ordinal].CompareTo(depth[a.Ordinal]) :
            a.Size != b.Size ? a.Size.CompareTo(b.Size) :
            a.Ordinal.CompareTo(b.Ordinal));
        var active = new SortedSet<RegionSpec>(priority);

        var result = new List<Interval>();
        for (var i = 0; i < events.Count;)
        {
            var at = events[i].At;
            for (; i < events.Count && events[i].At == at; i++)
            {
                if (events[i].Start)
                {
                    active.Add(events[i].Region);
                }
                else
                {
                    active.Remove(events[i].Region);
                }
            }

            if (active.Count == 0)
            {
                continue;
            }

            var owner = active.Min!.Ordinal;
            var end = i < events.Count ? events[i].At - 1 : ulong.MaxValue;
            if (result.Count > 0 && result[result.Count - 1].Ordinal == owner && result[result.Count - 1].Last == at - 1)
            {
                result[result.Count - 1] = result[result.Count - 1] with { Last = end };
            }
            else
            {
                result.Add(new Interval(at, end, owner));
            }
        }

        return result;
    }

    /// <summary>The inclusive last address, clamped at 2^64 - 1 for a range that would pass it.</summary>
    public static ulong Last(RegionSpec region) =>
        region.Size - 1 > ulong.MaxValue - region.Base ? ulong.MaxValue : region.Base + (region.Size - 1);
}
