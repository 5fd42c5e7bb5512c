using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using MemmapGen.Property.Tests.Model;

namespace MemmapGen.Property.Tests;

/// <summary>
/// Banked maps with every address a few 4 KiB units, so an exhaustive search over plan inputs stays small. The layout
/// rules are <see cref="BankedGenerators.Shape"/>'s (bank 0, the gap's end X0, further banks with optional fixed
/// regions between them, reserved windows above everything) but edges are tight: fixed regions often start right at
/// a bank's limit, and windows and hot-plug memory are sizes a plan can push into the next region.
/// </summary>
internal static class SmallBankedShapes
{
    public const ulong Unit = 0x1000;

    public static BankedShape Shape(ulong seed)
    {
        var r = new Random(Mix(seed));
        ulong Units(int low, int high) => (ulong)r.Next(low, high + 1) * Unit;

        // A lone bank always puts device memory and the window in its own gap (refuted at once): seldom drawn.
        var bankCount = r.Next(8) == 0 ? 1 : r.Next(4) == 0 ? 3 : 2;
        var banks = new List<BankShape>();
        var fixedRegions = new List<FixedShape>();
        var cursor = r.Next(3) == 0 ? Unit : 0;
        for (var i = 0; i < bankCount; i++)
        {
            var bankBase = i == 0 ? cursor : cursor + Units(0, 2);
            if (i == bankCount - 1)
            {
                banks.Add(new BankShape(bankBase, 0, 0, 0, 0));
                cursor = bankBase;
                break;
            }

            var limit = Units(1, 4);
            var largeLimit = r.Next(3) == 0 ? Units(1, (int)(limit / Unit)) : 0;
            var largeFrom = largeLimit != 0 && r.Next(2) == 0 ? Units(1, 8) : 0;
            var maxLimit = r.Next(3) == 0 ? limit + Units(0, 3) : 0;
            banks.Add(new BankShape(bankBase, limit, maxLimit, largeFrom, largeLimit));

            var extent = bankBase + Math.Max(limit, maxLimit);
            var fixedBase = extent + (r.Next(2) == 0 ? 0 : Units(1, 2));
            var fixedSize = Units(1, 2);
            if (i == 0 || r.Next(2) == 0)
            {
                fixedRegions.Add(new FixedShape(fixedBase, fixedSize, -1));
                cursor = fixedBase + fixedSize;
            }
            else
            {
                cursor = extent;
            }
        }

        if (bankCount == 1)
        {
            fixedRegions.Add(new FixedShape(cursor + Units(1, 6), Units(1, 2), -1));
        }

        var reserved = new List<ReservedShape>();
        var at = Math.Max(banks[^1].Base, fixedRegions.Max(f => f.Base + f.Size));
        var reservedCount = r.Next(3);
        for (var i = 0; i < reservedCount; i++)
        {
            var rBase = at + Units(1, 4);
            var size = Units(1, 3);
            reserved.Add(new ReservedShape(rBase, size, -1));
            at = rBase + size;
        }

        // Room for a few units of RAM above everything declared, so plans at the declared width also succeed.
        var bits = Math.Max(12, 64 - BitOperations.LeadingZeroCount(at) + r.Next(0, 3));
        return new BankedShape(
            // Without relocating, RAM can always reach a reserved window above it (MMG0039): usually relocate.
            banks, reserved, reservedCount > 0 && bankCount > 1 && r.Next(4) != 0,
            Unit << r.Next(0, 3), r.Next(3) == 0 ? 0 : Unit << r.Next(0, 2), (uint)r.Next(0, 4), Unit,
            Units(1, 4), Unit << r.Next(0, 3), r.Next(-1, 1),
            // Checked 32-bit plans in every version: unchecked ones are outside the proof (docs/plan-proof.md).
            0, fixedRegions, 1, bits);
    }

    /// <summary>SplitMix64's finalizer: every bit of the seed moves the shape (neighbouring seeds, other runs' seeds).</summary>
    private static int Mix(ulong seed)
    {
        var z = unchecked(seed + 0x9E37_79B9_7F4A_7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL);
        return (int)(uint)(z ^ (z >> 31));
    }

    /// <summary>The highest address the shape declares, exclusive (the end of the last fixed region or reserved window).</summary>
    public static ulong Top(BankedShape shape) =>
        Math.Max(shape.Fixed.Max(f => f.Base + f.Size), shape.Reserved.Count == 0 ? 0 : shape.Reserved.Max(w => w.Base + w.Size));
}
