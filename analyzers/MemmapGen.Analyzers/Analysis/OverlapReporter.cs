using System.Collections.Generic;
using System.Globalization;
using MemmapGen.Analyzers.Geometry;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Analysis;

/// <summary>Sweeps one group of sibling regions and reports each collision once, on the argument to blame.</summary>
internal static class OverlapReporter
{
    public static void Report(MapAnalysis map, DiagnosticDescriptor descriptor, List<Placed> siblings, int? container)
    {
        foreach (var collision in OverlapBlame.Assign(OverlapSweep.Find(siblings)))
        {
            map.CancellationToken.ThrowIfCancellationRequested();
            var region = collision.Region.Ordinal;
            var other = collision.Other.Ordinal;
            var more = collision.Others switch
            {
                0 => string.Empty,
                1 => " and runs over 1 more region",
                _ => " and runs over " + collision.Others.ToString(CultureInfo.InvariantCulture) + " more regions",
            };
            map.Report(
                descriptor,
                map.Locate.Argument(region, collision.Argument),
                new[] { map.Locate.Attribute(other) },
                MapAnalysis.RegionPair(region, other),
                map.Describe(region),
                map.Describe(other),
                collision.Amount.ToString(),
                more,
                container is { } c ? map.Name(c) : null);
        }
    }
}
