using System;

namespace MemmapGen;

/// <summary>One entry of an e820 memory map: a range and its type, as a VMM hands it to the guest's firmware.</summary>
public readonly struct E820Entry : IEquatable<E820Entry>
{
    /// <summary>Creates the entry <c>[base, base + size)</c> of <paramref name="type"/>.</summary>
    public E820Entry(ulong @base, ulong size, E820Type type)
    {
        Base = @base;
        Size = size;
        Type = type;
    }

    /// <summary>First address.</summary>
    public ulong Base { get; }

    /// <summary>Size in bytes.</summary>
    public ulong Size { get; }

    /// <summary>What the range holds.</summary>
    public E820Type Type { get; }

    /// <summary>The entry's range.</summary>
    public MemRange Range => new(Base, Size);

    /// <inheritdoc />
    public bool Equals(E820Entry other) => Base == other.Base && Size == other.Size && Type == other.Type;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is E820Entry other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(((Base.GetHashCode() * 397) ^ Size.GetHashCode()) * 31 + (int)Type);

    /// <summary>Formats as <c>[0x0000_0000, 0x7FFF_FFFF] (2 GiB) Ram</c>.</summary>
    public override string ToString() => Range + " " + Type;

    /// <summary>Value equality.</summary>
    public static bool operator ==(E820Entry left, E820Entry right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(E820Entry left, E820Entry right) => !left.Equals(right);
}
