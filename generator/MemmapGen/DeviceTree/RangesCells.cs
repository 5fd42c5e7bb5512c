using System;

namespace MemmapGen.DeviceTree;

/// <summary>
/// Writes one entry of a bus node's <c>ranges</c> property: the child-bus address in the node's own
/// <c>#address-cells</c>, the parent-bus address in the parent's <c>#address-cells</c>, and the size in the node's
/// <c>#size-cells</c> (1 or 2 each). QEMU's platform bus, a 32-bit bus at <c>0x0C00_0000</c>, is
/// <c>ranges = &lt;0x0 0x0 0xc000000 0x2000000&gt;</c> (child 1 cell, parent 2, size 1).
/// </summary>
/// <remarks>
/// The entry is written only when it fits: the child address range in the child cells, the parent range (base and
/// last address) in the parent cells, the size in the size cells; neither range may wrap past 2^64. See
/// <see cref="RegCells"/> for ranges ending at 2^64 and for the size of the whole 64-bit space.
/// </remarks>
public static class RangesCells
{
    /// <summary>The cells one entry takes: <paramref name="childAddressCells"/> + <paramref name="parentAddressCells"/> + <paramref name="sizeCells"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2.</exception>
    public static int Count(int childAddressCells, int parentAddressCells, int sizeCells) =>
        CellWriter.CheckCells(childAddressCells, nameof(childAddressCells)) + RegCells.Count(parentAddressCells, sizeCells);

    /// <summary>
    /// Writes the entry mapping <paramref name="childAddress"/> on the child bus to <paramref name="parentRange"/> on the
    /// parent bus; returns false, writing nothing, when it does not fit the cells.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public static bool TryWrite(Span<uint> destination, ulong childAddress, int childAddressCells, MemRange parentRange, int parentAddressCells, int sizeCells)
    {
        CellWriter.CheckRoom(destination, Count(childAddressCells, parentAddressCells, sizeCells));
        if (!RegCells.AddressFits(new MemRange(childAddress, parentRange.Size), childAddressCells)
            || !RegCells.Fits(parentRange, parentAddressCells, sizeCells))
        {
            return false;
        }

        CellWriter.Put(destination, childAddress, childAddressCells);
        RegCells.TryWrite(destination.Slice(childAddressCells), parentRange, parentAddressCells, sizeCells);
        return true;
    }

    /// <summary>Writes the entry; returns the cells written.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A cell count is not 1 or 2, or the entry does not fit the cells.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public static int Write(Span<uint> destination, ulong childAddress, int childAddressCells, MemRange parentRange, int parentAddressCells, int sizeCells)
    {
        if (!TryWrite(destination, childAddress, childAddressCells, parentRange, parentAddressCells, sizeCells))
        {
            throw new ArgumentOutOfRangeException(
                nameof(parentRange),
                "The child address " + AddressText.Hex(childAddress) + " (" + RegCells.Cells(childAddressCells) + ") mapped to "
                + AddressText.Range(parentRange.Base, parentRange.Last) + " (" + RegCells.Cells(parentAddressCells) + ", size in "
                + RegCells.Cells(sizeCells) + ") does not fit.");
        }

        return childAddressCells + parentAddressCells + sizeCells;
    }
}
