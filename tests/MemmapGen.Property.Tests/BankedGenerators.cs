using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MemmapGen.Property.Tests.Model;

namespace MemmapGen.Property.Tests;

/// <summary>Banked map shapes (built from one seed) and CsCheck generators of their plan inputs.</summary>
internal static class BankedGenerators
{
    private const ulong MiB = 1UL << 20, GiB = 1UL << 30;

    /// <summary>
    /// A shape whose declared extents never collide: bank 0, the gap's end X0, then per further bank an optional fixed
    /// region and the bank; reserved windows above the last bank's base, where only RAM past the limits reaches.
    /// </summary>
    public static BankedShape Shape(ulong seed)
    {
        var r = new Random((int)(seed ^ (seed >> 32)));
        ulong Mib(int low, int high) => (ulong)r.Next(low, high) * MiB;
        ulong Pow2(int low, int high) => 1UL << r.Next(low, high + 1);

        var versions = r.Next(1, 4);
        var bankCount = r.Next(1, 4);
        var banks = new List<BankShape>();
        var fixedRegions = new List<FixedShape>();
        var cursor = r.Next(3) == 0 ? 0 : Mib(0, 64);
        for (var i = 0; i < bankCount; i++)
        {
            var bankBase = i == 0 ? cursor : cursor + Mib(0, 2048);
            if (i == bankCount - 1)
            {
                banks.Add(new BankShape(bankBase, 0, 0, 0, 0));
                cursor = bankBase;
                break;
            }

            var limit = Mib(1, 8192);
            var largeLimit = r.Next(3) == 0 ? Mib(1, (int)(limit / MiB) + 1) : 0;
            var largeFrom = largeLimit != 0 && r.Next(2) == 0 ? Mib(1, 16384) : 0;
            var maxLimit = r.Next(3) == 0 ? limit + Mib(0, 4096) : 0;
            var largeOptional = largeLimit == 0 || r.Next(3) != 0;
            banks.Add(new BankShape(bankBase, limit, maxLimit, largeFrom, largeLimit, largeOptional));

            // The region after the bank's declared extent (X0 ends the gap: sometimes right at the limit).
            var extent = bankBase + Math.Max(limit, maxLimit);
            var fixedBase = extent + (r.Next(4) == 0 ? 0 : Mib(0, 1024));
            var fixedSize = Mib(1, 256);
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
            // The gap needs a region above bank 0 even when that bank is the last (unbounded): RAM stops at it.
            fixedRegions.Add(new FixedShape(cursor + Mib(1, 8192), Mib(1, 256), -1));
        }

        var reserved = new List<ReservedShape>();
        var lastBase = banks[^1].Base;
        var reservedCount = r.Next(3);
        var at = Math.Max(lastBase, fixedRegions.Max(f => f.Base + f.Size));
        for (var i = 0; i < reservedCount; i++)
        {
            var rBase = at + (r.Next(2) == 0 ? Mib(1, 1 << 16) : Pow2(32, 62));
            var size = r.Next(2) == 0 ? Mib(1, 1 << 16) : Pow2(20, 44);
            reserved.Add(new ReservedShape(rBase, size, r.Next(-1, versions)));
            at = rBase + size;
        }

        return new BankedShape(
            // A lone bank relocating past R0 closes its gap (GapClosed after the move, BankedRegressionTests), which the
            // reference does not model: only later banks relocate.
            banks, reserved, reservedCount > 0 && bankCount > 1 && r.Next(3) != 0,
            Pow2(12, 32), r.Next(3) == 0 ? 0 : Pow2(12, 32), (uint)r.Next(0, 300), Pow2(0, 21),
            r.Next(3) == 0 ? (ulong)r.NextInt64(1, 1L << 40) : Pow2(12, 46), Pow2(0, 32),
            r.Next(-1, versions), r.Next(-1, versions), fixedRegions, versions);
    }

    /// <summary>Plan inputs, weighted toward each bank's limit edges, maximum RAM near 2^64 and odd widths.</summary>
    public static Gen<BankedInput> Input(BankedShape shape)
    {
        var edges = new List<ulong> { 0, 1 };
        var sum = 0UL;
        foreach (var bank in shape.Banks.Take(shape.Banks.Count - 1))
        {
            foreach (var limit in new[] { bank.Limit, bank.LargeRamLimit, bank.LargeRamFrom }.Where(l => l != 0))
            {
                edges.AddRange(new[] { sum + limit - 1, sum + limit, sum + limit + 1, sum + limit + 4096 });
            }

            sum += bank.Limit;
        }

        var ram = Generators.Mix((3, Gen.Int[0, edges.Count - 1].Select(i => edges[i])), (3, Generators.Wide), (3, Gen.ULong[0, 1UL << 42]));
        var tri = Generators.Mix((2, Gen.Const(-1)), (1, Gen.Const(0)), (1, Gen.Const(1)));
        var lowBanks = shape.Banks.Count - 1;
        var limitOverride = Generators.Mix((4, Gen.Const(ulong.MaxValue)), (2, Gen.ULong[0, 16 * GiB]), (1, Generators.Wide));
        return Gen.Select(
            // RAM 0 in a bank at 0 is pinned by BankedRegressionTests; the reference's UInt128 sums differ from the
            // planner's there only with an empty window too: planned there from 1.
            ram.Select(r => r == 0 && shape.Last.Base == 0 ? 1 : r),
            Generators.Mix((3, Gen.Const(0UL)), (2, Gen.ULong[0, 1UL << 40]), (2, Generators.Wide)),
            Generators.Mix((6, Gen.Const(0UL)), (3, Gen.ULong[1, 300]), (1, Generators.Wide)),
            Generators.Mix((6, Gen.Int[32, 64]), (3, Gen.Int[1, 64]), (1, Gen.Int[0, 1].Select(b => b * 65))),
            Gen.Int[-1, shape.VersionCount - 1],
            Gen.Select(tri, tri, Generators.Mix((3, Gen.Bool.Select(_ => (ulong?)null)), (2, Generators.Wide.Select(w => (ulong?)w))), tri),
            Gen.Select(
                // A limit override only where something bounds it (the gap for bank 0, MaxLimit otherwise): fixed
                // regions are drawn clear of each bank's declared limit, and an override without MaxLimit may reach
                // them up to the next bank (the plan refuses only a bank running into the next one).
                Generators.ListOf(limitOverride, lowBanks).Select(list => list.Select((l, i) => i == 0 || shape.Banks[i].MaxLimit != 0 ? l : ulong.MaxValue).ToArray()),
                Generators.ListOf(tri, lowBanks),
                Generators.ListOf(Generators.Mix((1, Gen.Const(0)), (2, Gen.Const(1))), shape.Reserved.Count), Generators.ListOf(tri, shape.Reserved.Count)),
            (ramSize, extra, slots, bits, version, flags, lists) => new BankedInput(
                ramSize, extra == 0 ? 0 : (ulong)UInt128.Min(ramSize + (UInt128)extra, ulong.MaxValue), slots, bits, version,
                flags.Item1, flags.Item2, lists.Item1, lists.Item2.ToArray(), lists.Item3.ToArray(), lists.Item4.ToArray(),
                flags.Item3, flags.Item4));
    }
}
