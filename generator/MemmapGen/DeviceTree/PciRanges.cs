using System;

namespace MemmapGen.DeviceTree;

/// <summary>
/// Writes one entry of a PCI host bridge's <c>ranges</c> property: the PCI address in the bridge's three address
/// cells (<c>phys.hi</c> with the space code, then the 64-bit bus address), the CPU address in the parent's
/// <c>#address-cells</c>, and the size in the bridge's two size cells.
/// </summary>
/// <remarks>
/// QEMU's virt machine maps its 32-bit window one to one:
/// <c>&lt;0x2000000 0x0 0x10000000 0x0 0x10000000 0x0 0x2eff0000&gt;</c>, and its I/O window at bus address 0:
/// <c>&lt;0x1000000 0x0 0x0 0x0 0x3eff0000 0x0 0x10000&gt;</c>. An entry is written only when it fits: the CPU range
/// in the parent's address cells, and the bus range below 2^32 in the configuration, I/O and 32-bit memory spaces
/// (below 2^64 in 64-bit memory space); neither may wrap.
/// </remarks>
public static class PciRanges
{
    /// <summary>A PCI bus node's <c>#address-cells</c>.</summary>
    public const int AddressCells = 3;

    /// <summary>A PCI bus node's <c>#size-cells</c>.</summary>
    public const int SizeCells = 2;

    /// <summary>The first cell of a PCI address in <paramref name="space"/>: the space code in bits 24-25.</summary>
    public static uint PhysHi(PciSpace space) => ((uint)space & 3) << 24;

    /// <summary>The cells one entry takes: 3 + <paramref name="parentAddressCells"/> + 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parentAddressCells"/> is not 1 or 2.</exception>
    public static int Count(int parentAddressCells) => AddressCells + CellWriter.CheckCells(parentAddressCells, nameof(parentAddressCells)) + SizeCells;

    /// <summary>True when bus addresses <paramref name="pciAddress"/> to <paramref name="pciAddress"/> + <paramref name="size"/> - 1 lie in <paramref name="space"/>.</summary>
    public static bool FitsSpace(PciSpace space, ulong pciAddress, ulong size) =>
        RegCells.AddressFits(new MemRange(pciAddress, size), space == PciSpace.Memory64 ? 2 : 1);

    /// <summary>
    /// Writes the entry mapping bus address <paramref name="pciAddress"/> in <paramref name="space"/> to
    /// <paramref name="cpuRange"/>; returns false, writing nothing, when it does not fit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parentAddressCells"/> is not 1 or 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public static bool TryWrite(Span<uint> destination, PciSpace space, ulong pciAddress, MemRange cpuRange, int parentAddressCells)
    {
        CellWriter.CheckRoom(destination, Count(parentAddressCells));
        if (!FitsSpace(space, pciAddress, cpuRange.Size) || !RegCells.AddressFits(cpuRange, parentAddressCells))
        {
            return false;
        }

        destination[0] = PhysHi(space);
        CellWriter.Put(destination.Slice(1), pciAddress, 2);
        CellWriter.Put(destination.Slice(AddressCells), cpuRange.Base, parentAddressCells);
        CellWriter.Put(destination.Slice(AddressCells + parentAddressCells), cpuRange.Size, SizeCells);
        return true;
    }

    /// <summary>Writes the entry; returns the cells written.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parentAddressCells"/> is not 1 or 2, or the entry does not fit.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public static int Write(Span<uint> destination, PciSpace space, ulong pciAddress, MemRange cpuRange, int parentAddressCells)
    {
        if (!TryWrite(destination, space, pciAddress, cpuRange, parentAddressCells))
        {
            throw new ArgumentOutOfRangeException(
                nameof(cpuRange),
                "The " + space + " window at bus address " + AddressText.Hex(pciAddress) + " mapped to "
                + AddressText.Range(cpuRange.Base, cpuRange.Last) + " does not fit its space or " + RegCells.Cells(parentAddressCells) + ".");
        }

        return Count(parentAddressCells);
    }

    /// <summary>Writes the entry for a window the bridge maps one to one: the bus address is the CPU address.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parentAddressCells"/> is not 1 or 2, or the entry does not fit.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public static int WriteIdentity(Span<uint> destination, PciSpace space, MemRange cpuRange, int parentAddressCells) =>
        Write(destination, space, cpuRange.Base, cpuRange, parentAddressCells);
}
