using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>
/// MMG0010: an <c>Alignment</c> (of a region or a window) or a <c>DeviceMemoryAlignment</c> (of the RAM block or a bank)
/// is not a power of two. A bank's <c>MaxRamAlignment</c> is not checked: the plan tests it with a remainder, as QEMU
/// does, so any value is well defined.
/// </summary>
internal static class AlignmentPowerOfTwoRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.AlignmentNotPowerOfTwo,
        title: "Alignment is not a power of two",
        messageFormat: "{0} {1} of region '{2}' is not a power of two",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Alignments are applied with a bit mask, as hardware and the planner do; only a power of two gives a well-defined mask.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.AlignmentNotPowerOfTwo));

    public static void Check(MapAnalysis map)
    {
        foreach (var region in map.Map.Regions)
        {
            if (region.Kind is RegionKind.Fixed or RegionKind.Floating or RegionKind.Window && region.Alignment != 0 && !AddressMath.IsPowerOfTwo(region.Alignment))
            {
                Report(map, region.Ordinal, KnownNames.Alignment, region.Alignment);
            }
        }

        if (map.Map.Ram is { DeviceMemoryAlignment: not 0 } ram && !AddressMath.IsPowerOfTwo(ram.DeviceMemoryAlignment))
        {
            Report(map, ram.Ordinal, KnownNames.DeviceMemoryAlignment, ram.DeviceMemoryAlignment);
        }

        foreach (var bank in map.Map.Banks)
        {
            if (bank.DeviceMemoryAlignment != 0 && !AddressMath.IsPowerOfTwo(bank.DeviceMemoryAlignment))
            {
                Report(map, bank.Ordinal, KnownNames.DeviceMemoryAlignment, bank.DeviceMemoryAlignment);
            }
        }
    }

    private static void Report(MapAnalysis map, int ordinal, string argument, ulong value) =>
        map.Report(Descriptor, map.Locate.Argument(ordinal, argument), argument, AddressText.Hex(value), map.Name(ordinal));
}
