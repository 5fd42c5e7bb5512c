using System.Collections.Generic;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0038: two RAM banks can hold RAM at the same addresses (see <see cref="BankReach"/>).</summary>
internal static class BankOverlapRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.BankOverlap,
        title: "RAM banks can overlap",
        messageFormat: "Bank '{0}' can hold RAM in {1}, which overlaps {2}, where bank '{3}' can hold RAM",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each bank covers from its base up to the most RAM it can hold in a plan that succeeds (the last bank: any amount). Two banks whose reaches overlap can be planned onto the same guest-physical addresses.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.BankOverlap));

    public static void Check(MapAnalysis map)
    {
        var extents = BankReach.Find(map);
        for (var j = 1; j < extents.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                // The later bank is blamed: banks are filled in declaration order, so the earlier one is the anchor.
                if (FirstOverlap(extents[j], extents[i]) is { } pair)
                {
                    var later = extents[j].Bank.Ordinal;
                    var earlier = extents[i].Bank.Ordinal;
                    map.Report(
                        Descriptor,
                        map.Locate.Argument(later, KnownNames.BaseArgument),
                        new[] { map.Locate.Attribute(earlier) },
                        MapAnalysis.RegionPair(later, earlier),
                        map.Name(later),
                        pair.Mine.ToString(),
                        pair.Theirs.ToString(),
                        map.Name(earlier));
                    break;
                }
            }
        }
    }

    /// <summary>The (later, earlier) bank ordinals this rule reports.</summary>
    public static IEnumerable<(int Later, int Earlier)> Pairs(MapAnalysis map)
    {
        var extents = BankReach.Find(map);
        for (var j = 1; j < extents.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (FirstOverlap(extents[j], extents[i]) is not null)
                {
                    yield return (extents[j].Bank.Ordinal, extents[i].Bank.Ordinal);
                    break;
                }
            }
        }
    }

    private static (AddressRange Mine, AddressRange Theirs)? FirstOverlap(BankExtent mine, BankExtent theirs)
    {
        foreach (var a in Ranges(mine))
        {
            foreach (var b in Ranges(theirs))
            {
                if (a is { } x && b is { } y && x.Overlaps(y))
                {
                    return (x, y);
                }
            }
        }

        return null;
    }

    private static AddressRange?[] Ranges(BankExtent extent) => new[] { extent.AtBase, extent.Relocated };
}
