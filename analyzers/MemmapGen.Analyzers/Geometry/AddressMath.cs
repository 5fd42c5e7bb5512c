namespace MemmapGen.Analyzers.Geometry;

/// <summary>Address arithmetic that never wraps: every result that would pass 2^64 is reported as such, not truncated.</summary>
internal static class AddressMath
{
    public static bool IsPowerOfTwo(ulong value) => value != 0 && (value & (value - 1)) == 0;

    /// <summary>The largest power of two dividing <paramref name="value"/>, or 0 for 0 (every power divides it).</summary>
    public static ulong LowestSetBit(ulong value) => value & (~value + 1);

    /// <summary>Rounds up to a multiple of a power-of-two <paramref name="alignment"/>; false when that passes 2^64 - 1.</summary>
    public static bool TryAlignUp(ulong value, ulong alignment, out ulong aligned)
    {
        aligned = value;
        if (alignment <= 1)
        {
            return true;
        }

        var mask = alignment - 1;
        if (value > ulong.MaxValue - mask)
        {
            // The only aligned address at or above value would be 2^64.
            return (aligned = value & ~mask) == value;
        }

        aligned = (value + mask) & ~mask;
        return true;
    }

    /// <summary>True when <c>[base, base + size)</c> lies below 2^<paramref name="bits"/> (a range may end exactly there).</summary>
    public static bool FitsBelow(ulong @base, ulong size, int bits)
    {
        if (size == 0)
        {
            return true;
        }

        if (bits >= 64)
        {
            return size - 1 <= ulong.MaxValue - @base;
        }

        var limit = 1UL << bits;
        return size <= limit && @base <= limit - size;
    }

    /// <summary>The last address of a <paramref name="bits"/>-bit physical-address width (2^bits - 1, without wrapping at 64).</summary>
    public static ulong LastAddress(int bits) => bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;

    /// <summary>True when <paramref name="value"/> is larger than 2^<paramref name="bits"/>.</summary>
    public static bool Exceeds(ulong value, int bits) => bits < 64 && value > 1UL << bits;
}
