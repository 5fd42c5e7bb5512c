using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MemmapGen.Property.Tests.Model;

namespace MemmapGen.Property.Tests;

/// <summary>CsCheck generators of map shapes and of plan inputs, edge values (near 2^64, widths 0, 1, 64, 65) included.</summary>
internal static class Generators
{
    private const ulong GiB = 1UL << 30;

    public static Gen<ulong> Pow2(int low, int high) => Gen.Int[low, high].Select(k => 1UL << k);

    /// <summary>Any 64-bit value, weighted toward the interesting ones: small, powers of two, just below 2^64.</summary>
    public static readonly Gen<ulong> Wide = Mix(
        (3, Gen.Int[0, 1 << 20].Select(m => (ulong)m << 20)),
        (2, Pow2(0, 63)),
        (2, Gen.UInt.Select(d => ulong.MaxValue - d)),
        (1, Gen.ULong),
        (1, Gen.Const(0UL)));

    private static readonly Gen<FloatingShape> Floating = Gen.Select(
        Mix((5, Pow2(12, 40)), (1, Pow2(41, 63))),
        Mix((3, Gen.Const(0UL)), (1, Pow2(12, 63))),
        Mix((3, Gen.Const(false)), (1, Gen.Const(true))),
        (size, alignment, resizable) => new FloatingShape(size, alignment, resizable));

    private static readonly Gen<ulong> SlotSize = Mix((2, Gen.Const(0UL)), (2, Pow2(12, 40)), (1, Gen.ULong[1, 1UL << 40]));

    private static readonly Gen<uint> MaxSlots = Mix((2, Gen.Const(0u)), (2, Gen.Int[1, 300].Select(s => (uint)s)));

    // Mostly a few floating regions (straight-line planners); one map in ten above 32, where the planner is a loop.
    private static readonly Gen<int> FloatingCount = Mix((9, Gen.Int[1, 6]), (1, Gen.Int[33, 40]));

    // Two maps in five declare machine versions (1-6, each legacy or compact: QEMU's are legacy, then compact).
    private static readonly Gen<List<bool>> Versions = Mix(
        (3, Gen.Const(new List<bool>())),
        (2, Gen.Int[1, 6].SelectMany(n => ListOf(Mix((1, Gen.Const(true)), (1, Gen.Const(false))), n))));

    public static readonly Gen<MapShape> Shape =
        Mix((4, Gen.Const(64)), (1, Gen.Int[36, 63])).SelectMany(bits =>
            Gen.Select(RamBase(bits), Gen.Int[0, 4], Mix((2, Gen.Const(0UL)), (3, Pow2(12, 40))), SlotSize, MaxSlots, FloatingCount, Gen.Int.Uniform)
                .SelectMany((policy, windowPick, devAlign, slot, maxSlots, count, fixedSeed) =>
                    Gen.Select(ListOf(Floating, count), Versions).Select((floating, versions) => new MapShape(
                        bits,
                        policy,
                        Window(bits, policy, windowPick),
                        devAlign,
                        slot,
                        maxSlots,
                        FixedBelow(policy, new Random(fixedSeed)),
                        WithVersions(floating, versions.Count, new Random(fixedSeed + 1)),
                        versions))));

    /// <summary>With versions, some floating regions arrive in a later version, some are requested only from one on.</summary>
    private static List<FloatingShape> WithVersions(List<FloatingShape> floating, int versions, Random random) =>
        versions == 0
            ? floating
            : floating.Select(f => f with
            {
                Since = random.Next(3) == 0 ? random.Next(versions) : -1,
                EnabledSince = random.Next(3) == 0 ? random.Next(versions) : -1,
            }).ToList();

    public static Gen<PlanInput> Input(MapShape shape) =>
        Gen.Select(
            Mix((6, Gen.Int[0, 1 << 20].Select(m => (ulong)m << 20)), (3, Wide)),
            Mix((5, Gen.Const(0)), (2, Gen.Const(1)), (1, Gen.Int[2, 3])),
            Wide,
            Mix((6, Gen.Const(0UL)), (3, Gen.Int[1, 300].Select(s => (ulong)s)), (1, Wide)),
            Mix((6, Gen.Int[32, 64]), (3, Gen.Int[1, 64]), (1, Gen.OneOf(0, 65, -1, int.MinValue, 64, 63, 1))),
            Gen.Int[0, 2],
            ListOf(Mix((4, Gen.Const((byte)0)), (1, Gen.Const((byte)1)), (2, Gen.Const((byte)2))), shape.Floating.Count),
            ListOf(Mix((5, Gen.Const(0UL)), (3, Pow2(12, 63)), (1, Wide)), shape.Floating.Count))
            .Select((ram, maxKind, extra, slots, bits, layout, enable, size) => new PlanInput(
                ram,
                maxKind switch { 0 => 0, 1 => ram > ulong.MaxValue - (extra >> 20) ? ulong.MaxValue : ram + (extra >> 20), 2 => extra, _ => ram },
                slots,
                bits,
                layout,
                enable.ToArray(),
                size.ToArray()))
            .SelectMany(input => VersionOf(shape).Select(version => input with { Version = version }));

    /// <summary>The default (-1), a declared version, or now and then one past the last (an unknown version).</summary>
    private static Gen<int> VersionOf(MapShape shape) =>
        shape.VersionCount == 0
            ? Gen.Const(-1)
            : Mix((2, Gen.Const(-1)), (6, Gen.Int[0, shape.VersionCount - 1]), (1, Gen.Int[shape.VersionCount, shape.VersionCount + 2]));

    /// <summary>Addresses at and around every fixed region's edges, and anywhere.</summary>
    public static Gen<ulong> Address(MapShape shape)
    {
        var edges = shape.Fixed.SelectMany(f => new[] { f.Base, f.Base + f.Size - 1, f.Base + f.Size, f.Base == 0 ? 0 : f.Base - 1 }).Append(0UL).ToArray();
        return Mix((3, Gen.OneOf(edges)), (1, Wide), (1, Gen.ULong[0, shape.RamBase]));
    }

    /// <summary>The RAM base: 0, a power of two or a multiple of 1 GiB, below 2^AddressBits.</summary>
    private static Gen<ulong> RamBase(int bits) =>
        Mix((2, Gen.Const(0UL)), (3, Pow2(20, bits - 2)), (3, Gen.Int[1, 64].Select(g => (ulong)g * GiB)))
            .Select(b => bits < 64 && b >= 1UL << bits ? 0 : b);

    /// <summary>LegacyLimit: none, 3 GiB, QEMU's 255 GiB or a power of two, within 2^AddressBits.</summary>
    private static ulong Window(int bits, ulong ramBase, int pick)
    {
        var window = pick switch { 0 => 0UL, 1 => 3 * GiB, 2 => 255 * GiB, _ => 1UL << (20 + (int)(ramBase % 30)) };
        var room = ((UInt128)1 << bits) - ramBase;
        return window <= room ? window : 0;
    }

    /// <summary>Up to four fixed regions below RAM, sometimes a container holding two children.</summary>
    private static List<FixedShape> FixedBelow(ulong ramBase, Random random)
    {
        var regions = new List<FixedShape>();
        ulong cursor = 0;
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            var size = 1UL << random.Next(12, 31);
            var regionBase = (cursor + size - 1) / size * size;
            if (regionBase >= ramBase || size > ramBase - regionBase)
            {
                break;
            }

            regions.Add(new FixedShape(regionBase, size, -1));
            if (random.Next(3) == 0)
            {
                var container = regions.Count - 1;
                regions.Add(new FixedShape(regionBase, size / 4, container));
                regions.Add(new FixedShape(regionBase + (size / 2), size / 4, container));
            }

            cursor = regionBase + size + ((ulong)random.Next(0, 4) << 12);
        }

        return regions;
    }

    /// <summary>Gen.Frequency over generators (tuples of Gen&lt;T&gt; do not convert to the IGen&lt;T&gt; overload by themselves).</summary>
    public static Gen<T> Mix<T>(params (int Weight, Gen<T> Gen)[] options) =>
        Gen.Frequency(options.Select(o => (o.Weight, (IGen<T>)o.Gen)).ToArray());

    /// <summary>n values of a generator (CsCheck's Array needs C# 14 to call).</summary>
    public static Gen<List<T>> ListOf<T>(Gen<T> item, int count) =>
        count == 0
            ? Gen.Const(0).Select(_ => new List<T>())
            : item.SelectMany(first => ListOf(item, count - 1).Select(rest => { rest.Insert(0, first); return rest; }));
}
