using System;

namespace MemmapGen;

/// <summary>
/// A guest-physical address range given by its base and size. <see cref="Last"/> is inclusive, as in
/// <c>/proc/iomem</c>, so a range may end exactly at 2^64 where an exclusive end would not fit in 64 bits.
/// </summary>
public readonly struct MemRange : IEquatable<MemRange>
{
    /// <summary>Creates the range <c>[base, base + size)</c>.</summary>
    public MemRange(ulong @base, ulong size)
    {
        Base = @base;
        Size = size;
    }

    /// <summary>First address.</summary>
    public ulong Base { get; }

    /// <summary>Size in bytes; 0 for an empty range.</summary>
    public ulong Size { get; }

    /// <summary>Last address (inclusive); meaningless for an empty range.</summary>
    public ulong Last => unchecked(Base + Size - 1);

    /// <summary>True when the range holds no address.</summary>
    public bool IsEmpty => Size == 0;

    /// <summary>True when <paramref name="address"/> lies in the range.</summary>
    public bool Contains(ulong address) => Size != 0 && address >= Base && address - Base < Size;

    /// <summary>True when <paramref name="other"/> lies entirely in this range.</summary>
    public bool Contains(MemRange other) =>
        other.Size != 0 && Contains(other.Base) && other.Size - 1 <= Last - other.Base;

    /// <summary>True when the two ranges share at least one address.</summary>
    public bool Overlaps(MemRange other) =>
        Size != 0 && other.Size != 0 && Base <= other.Last && other.Base <= Last;

    /// <inheritdoc />
    public bool Equals(MemRange other) => Base == other.Base && Size == other.Size;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MemRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Base.GetHashCode() * 397) ^ Size.GetHashCode());

    /// <summary>Formats as <c>[0x0800_0000, 0x0801_FFFF] (128 KiB)</c>; an empty range as <c>(empty)</c>.</summary>
    public override string ToString() =>
        IsEmpty ? "(empty)" : AddressText.Range(Base, Last) + " (" + AddressText.Size(Size) + ")";

    /// <summary>Value equality.</summary>
    public static bool operator ==(MemRange left, MemRange right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(MemRange left, MemRange right) => !left.Equals(right);
}
