using System.Collections.Generic;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>
/// MMG0039: a fixed region or a reserved window lies where a RAM bank can hold RAM (see <see cref="BankReach"/>).
/// The window a bank relocates past is exempt for that bank: covering it until a plan asks to avoid it is the point.
/// </summary>
internal static class InPossibleRamRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.InPossibleRam,
        title: "Region lies where a RAM bank can hold RAM",
        messageFormat: "Region {0} lies where bank '{1}' can hold RAM, {2}{3}",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A bank covers from its base up to the most RAM it can hold in a plan that succeeds; the last bank holds any amount, so everything above its base is possible RAM. A device or reserved window there collides with RAM once the guest has enough of it. End the bank with a [Gap] before the region, give it a limit, or relocate it past a [Reserved] window.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.InPossibleRam));

    public static void Check(MapAnalysis map)
    {
        var found = Find(map);
        var clashing = new HashSet<int>();
        foreach (var clash in found)
        {
            clashing.Add(clash.Ordinal);
        }

        foreach (var clash in found)
        {
            // A region inside a container that is itself in RAM's way is covered by the container's diagnostic.
            var container = map.Container(clash.Ordinal) ?? -1;
            if (container >= 0 && clashing.Contains(container))
            {
                continue;
            }

            var argument = clash.Range.Base >= clash.Reach.Base ? KnownNames.BaseArgument : KnownNames.SizeArgument;
            var bank = clash.Extent.Bank.Ordinal;
            map.Report(
                Descriptor,
                map.Locate.Argument(clash.Ordinal, argument),
                new[] { map.Locate.Attribute(bank) },
                ProofWitnessText.Properties(map, clash.Ordinal, MapAnalysis.RegionPair(clash.Ordinal, bank)),
                "'" + map.Name(clash.Ordinal) + "' " + clash.Range,
                map.Name(bank),
                clash.Reach.ToString(),
                ProofWitnessText.For(map, clash.Ordinal));
        }
    }

    /// <summary>Each fixed region or reserved window in some bank's reach, with the first such bank (containers included).</summary>
    public static List<(int Ordinal, AddressRange Range, BankExtent Extent, AddressRange Reach)> Find(MapAnalysis map)
    {
        var found = new List<(int Ordinal, AddressRange Range, BankExtent Extent, AddressRange Reach)>();
        var extents = BankReach.Find(map);
        if (extents.Count == 0)
        {
            return found;
        }

        for (var i = 0; i < map.Map.Regions.Count; i++)
        {
            var range = map.Range(i) ?? BankReach.ReservedRange(map, i);
            if (range is not { } r || map.Container(i) is null)
            {
                continue;
            }

            foreach (var extent in extents)
            {
                if (extent.Bank.RelocatePast == i)
                {
                    continue;
                }

                var reach = r.Overlaps(extent.AtBase) ? extent.AtBase : extent.Relocated is { } moved && r.Overlaps(moved) ? moved : (AddressRange?)null;
                if (reach is { } hit)
                {
                    found.Add((i, r, extent, hit));
                    break;
                }
            }
        }

        return found;
    }
}
