using System;

namespace MemmapGen.DeviceTree;

/// <summary>
/// Writes a range as one entry of a device-tree <c>reg</c> property: its base in the bus's <c>#address-cells</c>,
/// then its size in <c>#size-cells</c> (1 or 2 each). <c>&lt;0x0 0x8000000 0x0 0x10000&gt;</c> is
/// <c>[0x0800_0000, 0x0800_FFFF]</c> with two and two.
/// </summary>
/// <remarks>
/// <para>
/// A range is written only when it fits: its base and its last address in the address cells (the whole range lies in
/// the bus's address space), its size in the size cells. A range may end exactly at 2^64: with two and two cells,
/// <c>[0xFFFF_FFFF_0000_0000, 0xFFFF_FFFF_FFFF_FFFF]</c> is <c>&lt;0xffffffff 0x0 0x1 0x0&gt;</c>.
/// </para>
/// <para>
/// A range of 2^64 bytes, the whole 64-bit space, has no <c>reg</c> form: its size needs 65 bits, more than two
/// size cells hold, and <see cref="MemRange"/> cannot hold it either (its size is at most 2^64 - 1; a size of 0 is
/// the empty range). A bus that maps all of its parent's space says so with an empty <c>ranges;</c> property.
/// An empty range is written as its base and a size of 0.
/// </para>
/// </remarks>
public static class RegCells
{
    /// <summary>The cells one entry takes: <paramref name="addressCells"/> + <paramref name="sizeCells"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2.</exception>
    public static int Count(int addressCells, int sizeCells) =>
        CellWriter.CheckCells(addressCells, nameof(addressCells)) + CellWriter.CheckCells(sizeCells, nameof(sizeCells));

    /// <summary>True when <paramref name="range"/> has a <c>reg</c> entry with these cell counts (see the remarks of <see cref="RegCells"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2.</exception>
    public static bool Fits(MemRange range, int addressCells, int sizeCells)
    {
        Count(addressCells, sizeCells);
        return AddressFits(range, addressCells) && CellWriter.Fits(range.Size, sizeCells);
    }

    /// <summary>
    /// Writes the entry for <paramref name="range"/> at the start of <paramref name="destination"/>; returns false,
    /// writing nothing, when the range does not fit the cells.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public static bool TryWrite(Span<uint> destination, MemRange range, int addressCells, int sizeCells)
    {
        CellWriter.CheckRoom(destination, Count(addressCells, sizeCells));
        if (!Fits(range, addressCells, sizeCells))
        {
            return false;
        }

        CellWriter.Put(destination, range.Base, addressCells);
        CellWriter.Put(destination.Slice(addressCells), range.Size, sizeCells);
        return true;
    }

    /// <summary>Writes the entry for <paramref name="range"/>; returns the cells written.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2, or the range does not fit the cells.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public static int Write(Span<uint> destination, MemRange range, int addressCells, int sizeCells)
    {
        if (!TryWrite(destination, range, addressCells, sizeCells))
        {
            throw DoesNotFit(nameof(range), range, addressCells, sizeCells);
        }

        return addressCells + sizeCells;
    }

    /// <summary>Writes the entry for a planned floating region; returns false, writing nothing, when its range does not fit.</summary>
    /// <exception cref="ArgumentException">
    /// The region is disabled (it is not in the guest, so it has no <c>reg</c>), or <paramref name="destination"/> is too short.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2.</exception>
    public static bool TryWrite(Span<uint> destination, RegionPlacement placement, int addressCells, int sizeCells) =>
        TryWrite(destination, Present(placement), addressCells, sizeCells);

    /// <summary>Writes the entry for a planned floating region; returns the cells written.</summary>
    /// <exception cref="ArgumentException">
    /// The region is disabled (it is not in the guest, so it has no <c>reg</c>), or <paramref name="destination"/> is too short.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2, or the range does not fit the cells.</exception>
    public static int Write(Span<uint> destination, RegionPlacement placement, int addressCells, int sizeCells) =>
        Write(destination, Present(placement), addressCells, sizeCells);

    /// <summary>The entry as DTS text, e.g. <c>&lt;0x0 0x8000000 0x0 0x10000&gt;</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2, or the range does not fit the cells.</exception>
    public static string Format(MemRange range, int addressCells = 2, int sizeCells = 2)
    {
        Span<uint> cells = stackalloc uint[2 * CellWriter.MaxCells];
        return DtsText.Format(cells.Slice(0, Write(cells, range, addressCells, sizeCells)));
    }

    // The base and the last address in the address cells, without wrapping past 2^64.
    internal static bool AddressFits(MemRange range, int addressCells)
    {
        var max = CellWriter.MaxValue(addressCells);
        return range.Base <= max && (range.IsEmpty || range.Size - 1 <= max - range.Base);
    }

    internal static ArgumentOutOfRangeException DoesNotFit(string parameter, MemRange range, int addressCells, int sizeCells) =>
        new(parameter, "The range " + AddressText.Range(range.Base, range.Last) + " of " + AddressText.Hex(range.Size)
            + " bytes does not fit in " + Cells(addressCells) + " address and " + Cells(sizeCells) + " size.");

    internal static string Cells(int count) => count == 1 ? "1 cell" : count + " cells";

    private static MemRange Present(RegionPlacement placement) =>
        placement.Enabled
            ? placement.Range
            : throw new ArgumentException(
                "The region is disabled (" + RegionPlacement.Describe(placement.State) + "): it has no reg.", nameof(placement));
}
