using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>
/// MMG0022: a floating region cannot be placed below 2^AddressBits for any input, so the planner would always
/// disable it. The lowest base it could get is the floor of the floating area (Ram base + LegacyLimit) rounded
/// up to its alignment.
/// </summary>
internal static class FloatingNeverFitsRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.FloatingNeverFits,
        title: "Floating region can never fit",
        messageFormat: "Floating region '{0}' ({1}, aligned to {2}) can never fit below 2^{3}: the lowest base the planner could give it is {4}",
        Categories.Layout,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A floating region larger than any allowed physical-address space, or whose lowest possible placement already passes it, is disabled by every plan; the device silently never appears.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.FloatingNeverFits));

    public static void Check(MapAnalysis map)
    {
        var bits = map.Map.AddressBits;
        var floor = Floor(map);
        foreach (var region in map.Map.Regions)
        {
            if (region.Kind != RegionKind.Floating
                || !AddressMath.IsPowerOfTwo(region.Size)
                || !map.IsReadable(region.Ordinal, KnownNames.SizeArgument)
                || (region.Alignment != 0 && !AddressMath.IsPowerOfTwo(region.Alignment)))
            {
                continue;
            }

            var alignment = region.Alignment != 0 ? region.Alignment : region.Size;
            var placeable = AddressMath.TryAlignUp(floor, alignment, out var lowest);
            if (placeable && AddressMath.FitsBelow(lowest, region.Size, bits) && !AddressMath.Exceeds(alignment, bits))
            {
                continue;
            }

            var argument = region.Alignment != 0 && AddressMath.Exceeds(region.Alignment, bits) && !AddressMath.Exceeds(region.Size, bits)
                ? KnownNames.Alignment
                : KnownNames.SizeArgument;
            map.Report(
                Descriptor,
                map.Locate.Argument(region.Ordinal, argument),
                region.Name,
                AddressText.Size(region.Size),
                AddressText.Size(alignment),
                bits,
                placeable ? AddressText.Hex(lowest) : "past 2^64");
        }
    }

    /// <summary>Where the floating area starts at the lowest, as the generated planner computes it.</summary>
    private static ulong Floor(MapAnalysis map) =>
        map.Map.Ram is { } ram
            ? (ram.LegacyLimit > ulong.MaxValue - ram.Base ? ulong.MaxValue : ram.Base + ram.LegacyLimit)
            : 0;
}
