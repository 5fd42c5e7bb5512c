using System;
using System.Globalization;

namespace MemmapGen.DeviceTree;

/// <summary>
/// Writes addresses and sizes as device-tree cells: big-endian 32-bit words, most significant first, one or two per
/// value as the bus's <c>#address-cells</c> and <c>#size-cells</c> say. A value that does not fit is refused, never
/// truncated: a silently cut address would put a device somewhere else in the guest.
/// </summary>
public static class CellWriter
{
    /// <summary>The fewest cells an address or size may take (<c>#address-cells = &lt;1&gt;</c>).</summary>
    public const int MinCells = 1;

    /// <summary>The most cells an address or size may take here: two cells hold any 64-bit value.</summary>
    public const int MaxCells = 2;

    /// <summary>The largest value <paramref name="cells"/> cells hold: 0xFFFF_FFFF for one, 2^64 - 1 for two.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cells"/> is not 1 or 2.</exception>
    public static ulong MaxValue(int cells) => CheckCells(cells, nameof(cells)) == 1 ? uint.MaxValue : ulong.MaxValue;

    /// <summary>True when <paramref name="value"/> fits in <paramref name="cells"/> cells.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cells"/> is not 1 or 2.</exception>
    public static bool Fits(ulong value, int cells) => value <= MaxValue(cells);

    /// <summary>
    /// Writes <paramref name="value"/> as <paramref name="cells"/> cells at the start of <paramref name="destination"/>;
    /// returns false, writing nothing, when the value does not fit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cells"/> is not 1 or 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="cells"/>.</exception>
    public static bool TryWrite(Span<uint> destination, ulong value, int cells)
    {
        CheckRoom(destination, cells);
        if (!Fits(value, cells))
        {
            return false;
        }

        Put(destination, value, cells);
        return true;
    }

    /// <summary>Writes <paramref name="value"/> as <paramref name="cells"/> cells; returns <paramref name="cells"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="cells"/> is not 1 or 2, or <paramref name="value"/> does not fit in that many cells.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="cells"/>.</exception>
    public static int Write(Span<uint> destination, ulong value, int cells)
    {
        if (!TryWrite(destination, value, cells))
        {
            throw DoesNotFit(nameof(value), value, cells, "value");
        }

        return cells;
    }

    // The caller has checked the cell count, the room and the value.
    internal static void Put(Span<uint> destination, ulong value, int cells)
    {
        if (cells == 2)
        {
            destination[0] = (uint)(value >> 32);
            destination[1] = (uint)value;
        }
        else
        {
            destination[0] = (uint)value;
        }
    }

    internal static int CheckCells(int cells, string parameter) =>
        cells is >= MinCells and <= MaxCells
            ? cells
            : throw new ArgumentOutOfRangeException(parameter, cells, "A cell count must be 1 or 2.");

    internal static void CheckRoom(Span<uint> destination, int cells)
    {
        if (destination.Length < cells)
        {
            throw new ArgumentException(
                "The destination holds " + destination.Length.ToString(CultureInfo.InvariantCulture) + " cells; "
                + cells.ToString(CultureInfo.InvariantCulture) + " are needed.",
                nameof(destination));
        }
    }

    internal static ArgumentOutOfRangeException DoesNotFit(string parameter, ulong value, int cells, string what) =>
        new(parameter, "The " + what + " " + AddressText.Hex(value) + " does not fit in " + cells.ToString(CultureInfo.InvariantCulture)
            + (cells == 1 ? " cell." : " cells."));
}
