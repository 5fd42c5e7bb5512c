namespace MemmapGen.Analyzers.Geometry;

/// <summary>
/// A non-empty inclusive range <c>[Base, Last]</c>. Inclusive, so a region ending exactly at 2^64 has
/// <c>Last = 2^64 - 1</c> and needs no 65-bit end.
/// </summary>
internal readonly record struct AddressRange(ulong Base, ulong Last)
{
    /// <summary>The range of <c>[base, base + size)</c>, clamped at 2^64 - 1; <paramref name="pastEnd"/> tells whether it had to be.</summary>
    public static AddressRange FromSize(ulong @base, ulong size, out bool pastEnd)
    {
        // size >= 1 here: zero-size regions have no range.
        pastEnd = size - 1 > ulong.MaxValue - @base;
        return new AddressRange(@base, pastEnd ? ulong.MaxValue : @base + (size - 1));
    }

    public bool Overlaps(AddressRange other) => Base <= other.Last && other.Base <= Last;

    public bool Contains(AddressRange other) => Base <= other.Base && other.Last <= Last;

    /// <summary>The common part of two overlapping ranges.</summary>
    public AddressRange Intersect(AddressRange other) =>
        new(Base > other.Base ? Base : other.Base, Last < other.Last ? Last : other.Last);

    public override string ToString() => AddressText.Range(Base, Last);
}
