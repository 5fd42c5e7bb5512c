using System.Collections.Generic;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Parsing;

namespace MemmapGen.CodeFixes.Placement;

/// <summary>A region to move, and the region it collides with (it goes after that one).</summary>
internal readonly record struct MoveRequest(int Region, int Other);

/// <summary>
/// Finds new bases for overlapping regions: each goes to the first free address after the region it hits,
/// aligned like its base (its declared Alignment, else the largest power of two dividing the base). Moves are
/// planned together, so regions moved by one Fix All avoid each other as well as the regions that stay.
/// A moved container takes its children along. The result holds every base that changes.
/// </summary>
internal sealed class MovePlanner
{
    private readonly MapAnalysis _map;
    private readonly Dictionary<int, ulong> _bases = new();
    private readonly List<int>[] _children;

    public MovePlanner(MapAnalysis map)
    {
        _map = map;
        _children = new List<int>[map.Map.Regions.Count];
        for (var i = 0; i < _children.Length; i++)
        {
            _children[i] = new List<int>();
        }

        for (var i = 0; i < _children.Length; i++)
        {
            // Only children that lie inside their container move with it; the others are MMG0002's to fix.
            if (map.Range(i) is { } child && map.Container(i) is { } container && container >= 0
                && map.Range(container) is { } outer && outer.Contains(child))
            {
                _children[container].Add(i);
            }
        }
    }

    /// <summary>Plans all moves; a region that has no free place keeps its base.</summary>
    public Dictionary<int, ulong> Plan(IEnumerable<MoveRequest> requests)
    {
        var pending = new List<MoveRequest>();
        var moving = new HashSet<int>();
        foreach (var request in requests)
        {
            if (IsMovable(request) && moving.Add(request.Region))
            {
                pending.Add(request);
            }
        }

        // Outer regions first, so children are placed inside their container's new range; then by address.
        pending.Sort((a, b) =>
        {
            var depth = Depth(a.Region).CompareTo(Depth(b.Region));
            return depth != 0 ? depth : Current(a.Region).Base.CompareTo(Current(b.Region).Base);
        });

        foreach (var request in pending)
        {
            if (FindPlace(request, moving) is { } place)
            {
                var from = Current(request.Region).Base;
                Shift(request.Region, place >= from ? place - from : from - place, place >= from);
            }

            moving.Remove(request.Region);
        }

        var changed = new Dictionary<int, ulong>();
        foreach (var pair in _bases)
        {
            if (pair.Value != _map.Region(pair.Key).Base)
            {
                changed.Add(pair.Key, pair.Value);
            }
        }

        return changed;
    }

    /// <summary>The alignment a moved region keeps: declared, else that of its base, else its size rounded up.</summary>
    public static ulong AlignmentOf(ulong @base, ulong size, ulong declared)
    {
        if (AddressMath.IsPowerOfTwo(declared))
        {
            return declared;
        }

        if (@base != 0)
        {
            return AddressMath.LowestSetBit(@base);
        }

        var natural = 1UL;
        while (natural < size && natural < 1UL << 63)
        {
            natural <<= 1;
        }

        return natural;
    }

    private bool IsMovable(MoveRequest request) =>
        request.Region >= 0 && request.Region < _children.Length
        && request.Other >= 0 && request.Other < _children.Length
        && _map.Range(request.Region) is not null
        && _map.Range(request.Other) is not null
        && _map.Container(request.Region) is not null
        && _map.IsReadable(request.Region, KnownNames.BaseArgument);

    private ulong? FindPlace(MoveRequest request, HashSet<int> moving)
    {
        var region = _map.Region(request.Region);
        var current = Current(request.Region);
        var other = Current(request.Other);
        if (other.Last == ulong.MaxValue)
        {
            return null;
        }

        var container = _map.Container(request.Region) ?? -1;
        var bounds = container >= 0 ? Current(container) : new AddressRange(0, LastAddress());
        var alignment = AlignmentOf(region.Base, region.Size, region.Alignment);
        var occupied = Occupied(request.Region, container, moving);

        if (!AddressMath.TryAlignUp(other.Last + 1, alignment, out var candidate))
        {
            return null;
        }

        var sizeLessOne = current.Last - current.Base;
        foreach (var taken in occupied)
        {
            if (candidate > ulong.MaxValue - sizeLessOne)
            {
                return null;
            }

            if (taken.Last < candidate)
            {
                continue;
            }

            if (taken.Base > candidate + sizeLessOne)
            {
                break;
            }

            if (taken.Last == ulong.MaxValue || !AddressMath.TryAlignUp(taken.Last + 1, alignment, out candidate))
            {
                return null;
            }
        }

        if (candidate < bounds.Base || candidate > ulong.MaxValue - sizeLessOne || candidate + sizeLessOne > bounds.Last)
        {
            return null;
        }

        return candidate;
    }

    /// <summary>The sibling ranges a moved region must avoid (plus RAM's reserved space), merged and sorted.</summary>
    private List<AddressRange> Occupied(int ordinal, int container, HashSet<int> moving)
    {
        var ranges = new List<AddressRange>();
        for (var i = 0; i < _children.Length; i++)
        {
            if (i != ordinal && !moving.Contains(i) && _map.Range(i) is not null && _map.Container(i) == container)
            {
                ranges.Add(Current(i));
            }
        }

        if (_map.Map.Ram is { LegacyLimit: > 0 } ram && _map.IsReadable(ram.Ordinal, KnownNames.BaseArgument))
        {
            // The RAM window and the floating area above it.
            ranges.Add(new AddressRange(ram.Base, ulong.MaxValue));
        }

        ranges.Sort(static (a, b) => a.Base.CompareTo(b.Base));
        var merged = new List<AddressRange>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && (merged[merged.Count - 1].Last == ulong.MaxValue || range.Base <= merged[merged.Count - 1].Last + 1))
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = last with { Last = range.Last > last.Last ? range.Last : last.Last };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private AddressRange Current(int ordinal)
    {
        var range = _map.Range(ordinal)!.Value;
        if (!_bases.TryGetValue(ordinal, out var @base))
        {
            return range;
        }

        return new AddressRange(@base, @base + (range.Last - range.Base));
    }

    private void Shift(int ordinal, ulong delta, bool up)
    {
        var @base = Current(ordinal).Base;
        _bases[ordinal] = up ? @base + delta : @base - delta;
        foreach (var child in _children[ordinal])
        {
            Shift(child, delta, up);
        }
    }

    private int Depth(int ordinal)
    {
        var depth = 0;
        for (var current = _map.Container(ordinal) ?? -1; current >= 0 && depth < _children.Length; current = _map.Container(current) ?? -1)
        {
            depth++;
        }

        return depth;
    }

    private ulong LastAddress() => AddressMath.LastAddress(_map.Map.AddressBits);
}
