using System;
using System.Collections.Generic;
using System.Linq;

namespace Sample.Output;

/// <summary>A region with its exclusive end (which may be 2^64) and the column it is drawn in.</summary>
/// <param name="Region">The region.</param>
/// <param name="End">One past its last address.</param>
/// <param name="Column">0 for the leftmost column; a region overlapping one to its left goes one further right.</param>
internal readonly record struct PlacedRegion(PictureRegion Region, UInt128 End, int Column);

/// <summary>
/// Where a <see cref="MapPicture"/>'s regions go: a piecewise-logarithmic address axis and the columns. The distinct
/// region boundaries cut the address space into intervals; each interval is as tall as the logarithm of its size
/// says, never shorter than a two-line label, so a 4 KiB UART and a 512 GiB window are both readable. Only whole
/// numbers are used, so the same picture always gets the same layout.
/// </summary>
internal sealed class PictureLayout
{
    // A mapped interval: two label lines at least, then a little more for each doubling past 4 KiB.
    private const int MappedMinHeight = 30, MappedStep = 3;

    // An unmapped interval only needs room for its two boundary labels: the axis is broken there.
    private const int GapMinHeight = 16, GapStepsPerPixel = 2;

    private const int LogFloor = 12;

    private PictureLayout(List<UInt128> boundaries, List<int> offsets, List<bool> mapped, List<PlacedRegion> placed,
        List<PictureRegion> empty)
    {
        Boundaries = boundaries;
        Offsets = offsets;
        Mapped = mapped;
        Placed = placed;
        Empty = empty;
        Columns = placed.Count == 0 ? 0 : placed.Max(p => p.Column) + 1;
    }

    /// <summary>Every distinct region base and end, ascending.</summary>
    public IReadOnlyList<UInt128> Boundaries { get; }

    /// <summary>The vertical offset of each boundary from the top of the axis.</summary>
    public IReadOnlyList<int> Offsets { get; }

    /// <summary>For each interval between consecutive boundaries: true when some region covers it.</summary>
    public IReadOnlyList<bool> Mapped { get; }

    /// <summary>The regions to draw, containers before what they contain.</summary>
    public IReadOnlyList<PlacedRegion> Placed { get; }

    /// <summary>The empty regions: listed, not drawn.</summary>
    public IReadOnlyList<PictureRegion> Empty { get; }

    /// <summary>How many columns the regions need.</summary>
    public int Columns { get; }

    /// <summary>The height of the whole axis.</summary>
    public int Height => Offsets.Count == 0 ? 0 : Offsets[Offsets.Count - 1];

    /// <summary>The offset of a boundary (one of <see cref="Boundaries"/>).</summary>
    public int OffsetOf(UInt128 address)
    {
        var index = ((List<UInt128>)Boundaries).BinarySearch(address);
        return index >= 0 ? Offsets[index] : throw new ArgumentOutOfRangeException(nameof(address), "not a region boundary");
    }

    /// <summary>Lays out <paramref name="picture"/>.</summary>
    public static PictureLayout Of(MapPicture picture)
    {
        var empty = picture.Regions.Where(r => r.Size == 0).ToList();
        // By base, a container before what it contains, then in the caller's order: a total order, so the output is stable.
        var sorted = picture.Regions.Where(r => r.Size != 0)
            .Select((region, index) => (Region: region, End: (UInt128)region.Base + region.Size, Index: index))
            .OrderBy(r => r.Region.Base).ThenByDescending(r => r.End).ThenBy(r => r.Index)
            .ToList();

        var columnEnds = new List<UInt128>();
        var placed = new List<PlacedRegion>();
        foreach (var (region, end, _) in sorted)
        {
            var column = columnEnds.FindIndex(columnEnd => columnEnd <= region.Base);
            if (column < 0)
            {
                column = columnEnds.Count;
                columnEnds.Add(end);
            }
            else
            {
                columnEnds[column] = end;
            }

            placed.Add(new PlacedRegion(region, end, column));
        }

        var boundaries = placed.Select(p => (UInt128)p.Region.Base).Concat(placed.Select(p => p.End)).Distinct().Order().ToList();
        var offsets = new List<int>(boundaries.Count);
        var mapped = new List<bool>(boundaries.Count);
        var offset = 0;
        for (var i = 0; i < boundaries.Count; i++)
        {
            offsets.Add(offset);
            if (i + 1 < boundaries.Count)
            {
                var (low, high) = (boundaries[i], boundaries[i + 1]);
                var covered = placed.Any(p => p.Region.Base <= low && p.End >= high);
                mapped.Add(covered);
                offset += IntervalHeight(high - low, covered);
            }
        }

        return new PictureLayout(boundaries, offsets, mapped, placed, empty);
    }

    private static int IntervalHeight(UInt128 size, bool mapped)
    {
        var steps = Math.Max(0, Log2(size) - LogFloor);
        return mapped ? MappedMinHeight + (MappedStep * steps) : GapMinHeight + (steps / GapStepsPerPixel);
    }

    // Whole bits, not Math.Log2: integer arithmetic cannot round differently on another machine.
    private static int Log2(UInt128 value) => 127 - (int)UInt128.LeadingZeroCount(value);
}
