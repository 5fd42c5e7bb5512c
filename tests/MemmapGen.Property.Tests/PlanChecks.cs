using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MemmapGen.Property.Tests.Model;

namespace MemmapGen.Property.Tests;

/// <summary>The properties of one plan, and counters of how often each was actually exercised.</summary>
internal sealed class PlanChecks
{
    private static readonly UInt128 Top = (UInt128)1 << 64;

    private long _plans;
    private long _planned;
    private long _placements;
    private long _pairs;
    private long _monotone;
    private long _lookups;
    private long _versioned;
    private long _notIntroduced;

    public string Counts =>
        $"{_plans} plans ({_planned} succeeded), {_placements} enabled placements checked (aligned, within 2^PhysAddrBits, no wrap, clear of RAM, device memory and fixed regions), "
        + $"{_pairs} pairs of enabled regions checked for overlap, {_monotone} compact-vs-legacy comparisons, {_lookups} TryFind lookups against a linear scan; "
        + $"{_versioned} plans of maps with machine versions, {_notIntroduced} regions not introduced in the asked version";

    /// <summary>One input: the planner as asked, then compact and legacy explicitly; each against the reference and the properties.</summary>
    public void Check(Infrastructure.CompiledPlanner planner, MapShape shape, PlanInput input)
    {
        var compact = Single(planner, shape, input.WithLayout(1));
        var legacy = Single(planner, shape, input.WithLayout(2));
        var asked = Single(planner, shape, input);
        var version = input.Version < 0 ? shape.VersionCount - 1 : input.Version;
        var defaultLegacy = shape.VersionCount > 0 && version < shape.VersionCount && shape.LegacyVersions[version];
        var askedLegacy = input.Layout == 2 || (input.Layout == 0 && defaultLegacy);
        Require(asked.ToString() == (askedLegacy ? legacy : compact).ToString(), "the default layout is not the version's (compact without versions)");
        if (compact.Ok && legacy.Ok)
        {
            for (var i = 0; i < shape.Floating.Count; i++)
            {
                if (compact.States[i] == PlacementState.Enabled && legacy.States[i] == PlacementState.Enabled)
                {
                    Interlocked.Increment(ref _monotone);
                    Require(compact.Bases[i] <= legacy.Bases[i], $"F{i}: compact base 0x{compact.Bases[i]:X} above legacy 0x{legacy.Bases[i]:X}");
                }
            }
        }
    }

    public void CheckLookup(Infrastructure.CompiledPlanner planner, MapShape shape, ulong address)
    {
        Interlocked.Increment(ref _lookups);
        var expected = -1;
        var depth = -1;
        for (var i = 0; i < shape.Fixed.Count; i++)
        {
            var f = shape.Fixed[i];
            if (address >= f.Base && address - f.Base < f.Size && Depth(shape, i) > depth)
            {
                (expected, depth) = (i, Depth(shape, i));
            }
        }

        var found = planner.Find(address);
        Require(found == expected, $"TryFind(0x{address:X}) = {found}, linear scan says {expected}");
    }

    private Planned Single(Infrastructure.CompiledPlanner planner, MapShape shape, PlanInput input)
    {
        Interlocked.Increment(ref _plans);
        var actual = planner.Plan(input);
        var expected = ReferencePlanner.Plan(shape, input);
        Require(actual.Ok == (expected is not null), $"planner says {actual}, reference says {(expected is null ? "error" : expected.ToString())}");
        if (!actual.Ok)
        {
            return actual;
        }

        Interlocked.Increment(ref _planned);
        if (shape.VersionCount > 0)
        {
            Interlocked.Increment(ref _versioned);
        }

        var bits = input.Bits;
        var ramWindowEnd = (UInt128)shape.RamBase + shape.LegacyLimit;
        var occupied = new List<(UInt128 Base, UInt128 End, string What)>
        {
            (actual.RamBase, (UInt128)actual.RamBase + actual.RamSize, "RAM"),
            (shape.RamBase, ramWindowEnd, "the RAM window"),
            (actual.DeviceBase, (UInt128)actual.DeviceBase + actual.DeviceSize, "device memory"),
        };
        occupied.AddRange(shape.Fixed.Select((f, i) => ((UInt128)f.Base, (UInt128)f.Base + f.Size, "fixed X" + i)));
        var placed = new List<(UInt128 Base, UInt128 End, int Index)>();
        for (var i = 0; i < shape.Floating.Count; i++)
        {
            Require(actual.States[i] == expected!.States[i], $"F{i} is {actual.States[i]}, reference says {expected.States[i]}");
            if (actual.States[i] == PlacementState.NotIntroduced)
            {
                Interlocked.Increment(ref _notIntroduced);
            }

            if (actual.States[i] != PlacementState.Enabled)
            {
                continue;
            }

            Interlocked.Increment(ref _placements);
            var size = shape.Floating[i].Resizable && input.Size[i] != 0 ? input.Size[i] : shape.Floating[i].Size;
            var alignment = shape.Floating[i].Alignment != 0 ? shape.Floating[i].Alignment : size;
            var start = (UInt128)actual.Bases[i];
            var end = start + actual.Sizes[i];
            Require(actual.Sizes[i] == size, $"F{i} has size 0x{actual.Sizes[i]:X}, asked 0x{size:X}");
            Require(actual.Bases[i] % alignment == 0, $"F{i} at 0x{actual.Bases[i]:X} is not aligned to 0x{alignment:X}");
            Require(end <= Top, $"F{i} wraps past 2^64");
            Require(end <= (UInt128)1 << bits, $"F{i} ends past 2^{bits}");
            Require(end - 1 <= actual.HighestGpa, $"F{i} ends above HighestGpa 0x{actual.HighestGpa:X}");
            Require(actual.Bases[i] == expected.Bases[i], $"F{i} at 0x{actual.Bases[i]:X}, reference says 0x{expected.Bases[i]:X}");
            foreach (var (b, e, what) in occupied.Where(o => o.End > o.Base))
            {
                Require(end <= b || e <= start, $"F{i} [0x{start:X}, 0x{end:X}) overlaps {what} [0x{b:X}, 0x{e:X})");
            }

            foreach (var other in placed)
            {
                Interlocked.Increment(ref _pairs);
                Require(end <= other.Base || other.End <= start, $"F{i} overlaps F{other.Index}");
            }

            placed.Add((start, end, i));
        }

        Require(actual.RequiredBits <= bits, $"RequiredPhysAddrBits {actual.RequiredBits} > {bits}");
        Require(actual.HighestGpa == expected!.HighestGpa, $"HighestGpa 0x{actual.HighestGpa:X}, reference says 0x{expected.HighestGpa:X}");
        var expectedDevice = expected.DeviceSize == 0 ? (0UL, 0UL) : (expected.DeviceBase, expected.DeviceSize);
        Require((actual.DeviceBase, actual.DeviceSize) == expectedDevice, $"device memory 0x{actual.DeviceBase:X}+0x{actual.DeviceSize:X}, reference says 0x{expectedDevice.Item1:X}+0x{expectedDevice.Item2:X}");
        return actual;
    }

    private static int Depth(MapShape shape, int index)
    {
        var depth = 0;
        for (var i = shape.Fixed[index].Within; i >= 0; i = shape.Fixed[i].Within)
        {
            depth++;
        }

        return depth;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
