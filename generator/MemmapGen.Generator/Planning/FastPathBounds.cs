using System.Collections.Generic;
using System.Numerics;
using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Planning;

/// <summary>
/// Limits under which a plan provably cannot pass 2^64, so the generated fast path needs no overflow tracking:
/// RAM and device memory end below 2^63, and the floating regions (with alignment padding and raised sizes at
/// most <see cref="MaxRaisedSize"/>) add less than 2^63 more. Inputs outside the limits, and every error, take the
/// checked path, which gives the same result for every input.
/// </summary>
internal sealed class FastPathBounds
{
    private static readonly BigInteger TwoPow63 = BigInteger.One << 63;

    private FastPathBounds(ulong maxRam, ulong maxSlots, ulong maxRaisedSize)
    {
        MaxRam = maxRam;
        MaxSlots = maxSlots;
        MaxRaisedSize = maxRaisedSize;
    }

    /// <summary>Largest RAM or maximum-RAM size on the fast path.</summary>
    public ulong MaxRam { get; }

    /// <summary>Largest slot count on the fast path (already at most the declared limit).</summary>
    public ulong MaxSlots { get; }

    /// <summary>Largest raised size of a resizable region on the fast path.</summary>
    public ulong MaxRaisedSize { get; }

    /// <summary>The bounds, or null when the map's own constants leave no room for a fast path.</summary>
    public static FastPathBounds? For(MapSpec map, IReadOnlyList<RegionSpec> floating)
    {
        var ram = map.Ram;
        var ramBase = ram?.Base ?? 0;
        var alignment = ram?.DeviceMemoryAlignment ?? 0;
        var floor = ram is null ? BigInteger.Zero : (BigInteger)ram.Base + ram.LegacyLimit;
        if (ramBase > 1UL << 61 || alignment > 1UL << 60 || floor >= TwoPow63 || floating.Count == 0)
        {
            return null;
        }

        // RAM end <= 2^61, device memory <= 2^61 (unused RAM) + 2^60 (slots), two roundings <= 2^61: the floating area starts below 2^63.
        var slotSize = ram?.SlotSize ?? 0;
        var maxSlots = slotSize == 0 ? ulong.MaxValue : (1UL << 60) / slotSize;
        if (ram is { MaxSlots: > 0 } && ram.MaxSlots < maxSlots)
        {
            maxSlots = ram.MaxSlots;
        }

        BigInteger constant = 0;
        var resizable = 0;
        foreach (var region in floating)
        {
            var align = region.Alignment != 0 ? region.Alignment : region.Size;
            if (region.Size == 0 || align == 0)
            {
                return null;
            }

            if (region.Resizable)
            {
                resizable++;
                constant += region.Alignment; // a declared alignment pads by less than itself
            }
            else
            {
                constant += (BigInteger)region.Size + align;
            }
        }

        var budget = TwoPow63 - 1 - constant;
        if (budget <= 0)
        {
            return null;
        }

        ulong maxRaised = 0;
        if (resizable > 0)
        {
            // A raised region adds at most its size plus its own alignment padding.
            var share = (ulong)(budget / (2 * resizable));
            if (share == 0)
            {
                return null;
            }

            maxRaised = 1UL << 63;
            while (maxRaised > share)
            {
                maxRaised >>= 1;
            }

            foreach (var region in floating)
            {
                if (region.Resizable && region.Size > maxRaised)
                {
                    return null;
                }
            }
        }

        return new FastPathBounds((1UL << 61) - ramBase, maxSlots, maxRaised);
    }
}
