using System.Collections.Generic;
using MemmapGen.Generator.Parsing;

namespace MemmapGen.Analyzers.Geometry;

/// <summary>One overlap to report: which region and argument to blame, and the region it collides with.</summary>
/// <param name="Others">How many more regions the blamed one also runs over.</param>
internal readonly record struct Collision(Placed Region, string Argument, Placed Other, int Others)
{
    public ByteCount Amount => ByteCount.Of(Region.Range.Intersect(Other.Range));
}

/// <summary>
/// Decides where an overlap is reported, so each typical mistake yields one diagnostic on the argument to edit:
/// a region that runs over several others has a wrong <c>size</c> (a size typo swallowing its neighbours);
/// one region lying wholly inside another has a wrong <c>base</c> (a frame anchored inside a device);
/// a region whose end runs into the next one has a wrong <c>size</c>; two regions on one base blame the one
/// declared later.
/// </summary>
internal static class OverlapBlame
{
    public static List<Collision> Assign(List<Hit> hits)
    {
        var hitsByHolder = new Dictionary<int, int>();
        foreach (var hit in hits)
        {
            hitsByHolder.TryGetValue(hit.Holder.Ordinal, out var count);
            hitsByHolder[hit.Holder.Ordinal] = count + 1;
        }

        var collisions = new List<Collision>();
        var reported = new HashSet<(int, string)>();
        var reportedHolders = new HashSet<int>();
        foreach (var hit in hits)
        {
            var holder = hit.Holder;
            var region = hit.Region;
            var count = hitsByHolder[holder.Ordinal];
            Collision collision;
            if (count > 1)
            {
                if (!reportedHolders.Add(holder.Ordinal))
                {
                    continue;
                }

                collision = new Collision(holder, KnownNames.SizeArgument, region, count - 1);
            }
            else if (region.Range.Base == holder.Range.Base)
            {
                collision = holder.Ordinal > region.Ordinal
                    ? new Collision(holder, KnownNames.BaseArgument, region, 0)
                    : new Collision(region, KnownNames.BaseArgument, holder, 0);
            }
            else if (region.Range.Last <= holder.Range.Last)
            {
                collision = new Collision(region, KnownNames.BaseArgument, holder, 0);
            }
            else
            {
                collision = new Collision(holder, KnownNames.SizeArgument, region, 0);
            }

            if (reported.Add((collision.Region.Ordinal, collision.Argument)))
            {
                collisions.Add(collision);
            }
        }

        return collisions;
    }
}
