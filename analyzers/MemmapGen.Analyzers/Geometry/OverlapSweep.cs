using System.Collections.Generic;

namespace MemmapGen.Analyzers.Geometry;

/// <summary>One region's range in a sweep.</summary>
internal readonly record struct Placed(int Ordinal, AddressRange Range);

/// <summary>A region that starts inside <see cref="Holder"/>: the one reaching furthest among those that start before it.</summary>
internal readonly record struct Hit(Placed Holder, Placed Region);

/// <summary>
/// Sort-and-sweep overlap detection, O(n log n): sort by base, walk once keeping the region that reaches furthest
/// so far (the holder). A region starting at or before the holder's last address overlaps it. Every region that
/// overlaps anything appears in at least one hit, and there are fewer hits than regions, so a map where one
/// region swallows thousands of others still costs one pass, not a quadratic list of pairs.
/// Adjacent regions (one ends where the next starts) never hit: ranges are inclusive.
/// </summary>
internal static class OverlapSweep
{
    public static List<Hit> Find(List<Placed> regions)
    {
        var hits = new List<Hit>();
        if (regions.Count < 2)
        {
            return hits;
        }

        // Equal bases: the longer first, so it becomes the holder; then declaration order, for determinism.
        regions.Sort(static (a, b) =>
            a.Range.Base != b.Range.Base ? a.Range.Base.CompareTo(b.Range.Base) :
            a.Range.Last != b.Range.Last ? b.Range.Last.CompareTo(a.Range.Last) :
            a.Ordinal.CompareTo(b.Ordinal));

        var holder = regions[0];
        for (var i = 1; i < regions.Count; i++)
        {
            var region = regions[i];
            if (region.Range.Base <= holder.Range.Last)
            {
                hits.Add(new Hit(holder, region));
            }

            if (region.Range.Last > holder.Range.Last)
            {
                holder = region;
            }
        }

        return hits;
    }
}
