using System;
using System.Collections.Generic;

namespace MemmapGen.Analyzers.Compat;

/// <summary>One plan configuration: the layout, which regions are requested, and the raised sizes.</summary>
internal sealed class PlanConfig
{
    public PlanConfig(bool legacy, IReadOnlyDictionary<string, bool> requested, IReadOnlyDictionary<string, ulong> sizes)
    {
        Legacy = legacy;
        Requested = requested;
        Sizes = sizes;
    }

    public bool Legacy { get; }

    /// <summary>Requested flag per region name (regions missing are requested).</summary>
    public IReadOnlyDictionary<string, bool> Requested { get; }

    /// <summary>Raised size per resizable region name (missing: the declared size).</summary>
    public IReadOnlyDictionary<string, ulong> Sizes { get; }

    public bool IsRequested(FloatingDef region) => !Requested.TryGetValue(region.Name, out var on) || on;

    public ulong SizeOf(FloatingDef region) => Sizes.TryGetValue(region.Name, out var size) ? size : region.Size;
}

/// <summary>
/// The planner's placement rule, run concretely (every physical-address bit available): a region goes at the
/// cursor rounded up to its alignment; it advances the cursor when the layout is legacy or it is requested.
/// </summary>
internal static class Placement
{
    /// <summary>Bases of the regions that are enabled (requested and placed without passing 2^64), by name.</summary>
    public static Dictionary<string, ulong> Run(IReadOnlyList<FloatingDef> sequence, ulong start, PlanConfig config)
    {
        var bases = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var cursor = start;
        var full = false;
        foreach (var region in sequence)
        {
            var size = config.SizeOf(region);
            var mask = config.SizeOf(region) == 0 && region.Alignment == 0 ? 0 : region.AlignFor(size) - 1;
            var wrap = full || cursor > ulong.MaxValue - mask;
            var regionBase = wrap ? 0 : (cursor + mask) & ~mask;
            var fits = !wrap && size != 0 && size - 1 <= ulong.MaxValue - regionBase;
            var requested = config.IsRequested(region);
            if (requested && fits)
            {
                bases[region.Name] = regionBase;
            }

            if (config.Legacy || (requested && fits))
            {
                full = wrap || !fits || size > ulong.MaxValue - regionBase;
                cursor = unchecked(regionBase + size);
            }
        }

        return bases;
    }

    public static ulong AlignUp(ulong value, ulong alignment) =>
        alignment <= 1 ? value : unchecked((value + alignment - 1) & ~(alignment - 1));

    /// <summary>log2 of a power of two.</summary>
    public static int Log2(ulong powerOfTwo)
    {
        var bits = 0;
        while (powerOfTwo > 1)
        {
            powerOfTwo >>= 1;
            bits++;
        }

        return bits;
    }

    public static bool IsPowerOfTwo(ulong value) => value != 0 && (value & (value - 1)) == 0;
}
