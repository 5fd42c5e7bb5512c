using System.Collections.Generic;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0008: a fixed region or the RAM window reaches past the map's declared <c>AddressBits</c>.</summary>
internal static class PastAddressWidthRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.PastAddressWidth,
        title: "Region lies past the declared address width",
        messageFormat: "Region '{0}' {1} lies past the map's {2}-bit address space, which ends at {3}",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The map declares AddressBits: the platform never decodes addresses at or above 2^AddressBits, so a region there is unreachable.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.PastAddressWidth));

    public static void Check(MapAnalysis map)
    {
        var bits = map.Map.AddressBits;
        if (bits >= 64)
        {
            return;
        }

        var limit = 1UL << bits;
        var past = new HashSet<int>();
        for (var i = 0; i < map.Map.Regions.Count; i++)
        {
            // Ends past 2^64 is MMG0007's to report.
            if (map.Range(i) is { } range && range.Last >= limit && PastAddressSpaceRule.Excess(map.Region(i).Base, map.Region(i).Size) is null)
            {
                past.Add(i);
            }
        }

        for (var i = 0; i < map.Map.Regions.Count; i++)
        {
            if (!past.Contains(i) || map.Container(i) is { } container && container >= 0 && past.Contains(container))
            {
                continue;
            }

            var range = map.Range(i)!.Value;
            var argument = range.Base >= limit ? KnownNames.BaseArgument : KnownNames.SizeArgument;
            map.Report(Descriptor, map.Locate.Argument(i, argument), map.Name(i), range.ToString(), bits, AddressText.Hex(limit - 1));
        }

        if (map.Map.Ram is { } ram && map.IsReadable(ram.Ordinal, KnownNames.BaseArgument) && map.IsReadable(ram.Ordinal, KnownNames.LegacyLimit))
        {
            if (ram.Base >= limit)
            {
                map.Report(Descriptor, map.Locate.Argument(ram.Ordinal, KnownNames.BaseArgument), map.Name(ram.Ordinal), AddressText.Hex(ram.Base), bits, AddressText.Hex(limit - 1));
            }
            else if (ram.LegacyLimit > limit - ram.Base && PastAddressSpaceRule.Excess(ram.Base, ram.LegacyLimit) is null)
            {
                var window = AddressRange.FromSize(ram.Base, ram.LegacyLimit, out _);
                map.Report(Descriptor, map.Locate.Argument(ram.Ordinal, KnownNames.LegacyLimit), map.Name(ram.Ordinal), window.ToString(), bits, AddressText.Hex(limit - 1));
            }
        }
    }
}
