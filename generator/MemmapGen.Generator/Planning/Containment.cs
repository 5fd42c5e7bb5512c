using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Planning;

/// <summary>Nesting depth of each region along its <c>Within</c> chain; cycles stop at the map's size.</summary>
internal static class Containment
{
    public static int[] Depths(EquatableArray<RegionSpec> regions)
    {
        var depths = new int[regions.Count];
        for (var i = 0; i < regions.Count; i++)
        {
            var depth = 0;
            for (var current = regions[i].Within; current >= 0 && current < regions.Count && depth < regions.Count; current = regions[current].Within)
            {
                depth++;
            }

            depths[i] = depth;
        }

        return depths;
    }
}
