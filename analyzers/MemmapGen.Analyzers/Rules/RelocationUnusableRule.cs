using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>
/// MMG0040: a bank's <c>RelocatePast</c> window is one RAM can never properly avoid: it ends at or past the map's
/// address width (a relocated bank never fits), or it does not lie above the bank's base (the bank is moved whenever
/// the window is active, or moved down).
/// </summary>
internal static class RelocationUnusableRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.RelocationUnusable,
        title: "Bank relocates past a window RAM cannot avoid",
        messageFormat: "Bank '{0}' at {1} relocates past '{2}' {3}, {4}",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A bank moves to the end of its RelocatePast window when the window is active and the plan reaches it. The window must lie above the bank's base, and its end below the map's address width, for the moved bank to be both above it and addressable.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.RelocationUnusable));

    public static void Check(MapAnalysis map)
    {
        var bits = map.Map.AddressBits;
        var top = AddressMath.LastAddress(bits);
        foreach (var bank in map.Map.Banks)
        {
            if (bank.RelocatePast < 0 || !map.IsReadable(bank.Ordinal, KnownNames.BaseArgument)
                || BankReach.ReservedRange(map, bank.RelocatePast) is not { } window)
            {
                continue;
            }

            string? why = null;
            if (window.Base <= bank.Base)
            {
                why = window.Last >= bank.Base
                    ? "which holds the bank's base: while the window is active the bank can never stay at its base"
                    : "which lies below the bank's base: relocating would move the bank down";
            }
            else if (window.Last >= top)
            {
                why = "whose end is past the map's " + bits.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + "-bit address width: a relocated bank never fits, so RAM can never avoid the window";
            }

            if (why is not null)
            {
                map.Report(
                    Descriptor,
                    map.Locate.Argument(bank.Ordinal, KnownNames.RelocatePast),
                    new[] { map.Locate.Attribute(bank.RelocatePast) },
                    MapAnalysis.RegionPair(bank.Ordinal, bank.RelocatePast),
                    map.Name(bank.Ordinal),
                    AddressText.Hex(bank.Base),
                    map.Name(bank.RelocatePast),
                    window.ToString(),
                    why);
            }
        }
    }
}
