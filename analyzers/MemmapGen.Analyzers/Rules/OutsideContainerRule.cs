using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0002: a region declared <c>Within</c> a container does not lie inside it.</summary>
internal static class OutsideContainerRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.OutsideContainer,
        title: "Region extends past its container",
        messageFormat: "Region {0} extends past its container {1} by {2} bytes",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A region declared Within a container must lie entirely inside it; the part outside overlaps whatever lies next to the container.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.OutsideContainer));

    public static void Check(MapAnalysis map)
    {
        for (var i = 0; i < map.Map.Regions.Count; i++)
        {
            if (map.Range(i) is not { } child || map.Container(i) is not { } container || container < 0 || map.Range(container) is not { } outer)
            {
                continue;
            }

            if (outer.Contains(child))
            {
                continue;
            }

            // A child starting outside has a wrong base; one starting inside but running out has a wrong size.
            var startsInside = child.Base >= outer.Base && child.Base <= outer.Last;
            var outside = !child.Overlaps(outer)
                ? ByteCount.Of(child)
                : ByteCount.FromCount((outer.Base > child.Base ? outer.Base - child.Base : 0) + (child.Last > outer.Last ? child.Last - outer.Last : 0));
            map.Report(
                Descriptor,
                map.Locate.Argument(i, startsInside ? KnownNames.SizeArgument : KnownNames.BaseArgument),
                new[] { map.Locate.Attribute(container) },
                MapAnalysis.RegionPair(i, container),
                map.Describe(i),
                map.Describe(container),
                outside.ToString());
        }
    }
}
