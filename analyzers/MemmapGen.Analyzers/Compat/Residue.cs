namespace MemmapGen.Analyzers.Compat;

/// <summary>
/// An abstract cursor: every address congruent to <see cref="Value"/> modulo 2^<see cref="Bits"/> is reachable
/// (Bits 64: exactly <see cref="Value"/>).
/// </summary>
internal readonly struct Residue
{
    private Residue(ulong value, int bits)
    {
        Value = value;
        Bits = bits;
    }

    /// <summary>Any address.</summary>
    public static Residue Any => new(0, 0);

    public ulong Value { get; }

    public int Bits { get; }

    public bool IsExact => Bits >= 64;

    /// <summary>2^Bits (only meaningful below 64 bits).</summary>
    public ulong Modulus => 1UL << Bits;

    public static Residue Exact(ulong value) => new(value, 64);

    /// <summary>Every multiple of a power of two.</summary>
    public static Residue Multiple(ulong powerOfTwo) => new(0, Placement.Log2(powerOfTwo));

    /// <summary>True when the cursor's residue modulo <paramref name="alignment"/> is known.</summary>
    public bool Determines(ulong alignment) => IsExact || alignment <= Modulus;

    /// <summary>The cursor after a region of this alignment and size; false past 2^64.</summary>
    public bool Advance(ulong alignment, ulong size, out Residue next)
    {
        if (IsExact)
        {
            next = this;
            if (Value > ulong.MaxValue - (alignment - 1))
            {
                return false;
            }

            var regionBase = Placement.AlignUp(Value, alignment);
            if (size > ulong.MaxValue - regionBase)
            {
                return false;
            }

            next = Exact(regionBase + size);
            return true;
        }

        if (alignment <= Modulus)
        {
            var mask = Modulus - 1;
            next = new Residue(unchecked(Placement.AlignUp(Value, alignment) + size) & mask, Bits);
            return true;
        }

        // Every multiple of the larger alignment is reachable: the region's end is its size modulo its alignment.
        next = new Residue(size & (alignment - 1), Placement.Log2(alignment));
        return true;
    }
}
