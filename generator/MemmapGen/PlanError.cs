using System;
using System.Globalization;

namespace MemmapGen;

/// <summary>
/// A typed planning error. The planner reports the numbers; a VMM renders them in its own words
/// (the QEMU virt sample prints QEMU's exact messages).
/// </summary>
public readonly struct PlanError : IEquatable<PlanError>
{
    /// <summary>Creates an error.</summary>
    public PlanError(PlanErrorKind kind, ulong value = 0, ulong limit = 0, int bits = 0, string? region = null)
    {
        Kind = kind;
        Value = value;
        Limit = limit;
        Bits = bits;
        Region = region;
    }

    /// <summary>What went wrong; <see cref="PlanErrorKind.None"/> for success.</summary>
    public PlanErrorKind Kind { get; }

    /// <summary>The offending value (see <see cref="PlanErrorKind"/> for each kind's meaning).</summary>
    public ulong Value { get; }

    /// <summary>The limit that <see cref="Value"/> broke.</summary>
    public ulong Limit { get; }

    /// <summary>The physical-address width involved, where one is.</summary>
    public int Bits { get; }

    /// <summary>The region involved (its enum member name), where one is.</summary>
    public string? Region { get; }

    /// <summary>True when this is a real error.</summary>
    public bool IsError => Kind != PlanErrorKind.None;

    /// <summary>A generic English message with the numbers in hex.</summary>
    public string Message => Kind switch
    {
        PlanErrorKind.None => "no error",
        PlanErrorKind.TooManySlots => Invariant($"{Value} hot-plug slots requested, at most {Limit} supported"),
        PlanErrorKind.MaxRamBelowRam => $"maximum RAM {AddressText.Hex(Value)} is below the RAM size {AddressText.Hex(Limit)}",
        PlanErrorKind.InvalidPhysAddrBits => Invariant($"physical address width {Value} is not between 1 and {Limit} bits"),
        PlanErrorKind.MemoryExceedsAddressSpace => Invariant($"RAM and device memory exceed the {Bits}-bit address space by {AddressText.Hex(Value)} bytes"),
        PlanErrorKind.MemoryOverflow => "RAM, maximum RAM and hot-plug slots add up past 2^64",
        PlanErrorKind.SizeNotPowerOfTwo => $"size {AddressText.Hex(Value)} of region '{Region}' is not a power of two",
        PlanErrorKind.SizeBelowDeclared => $"size {AddressText.Hex(Value)} of region '{Region}' is below its declared size {AddressText.Hex(Limit)}",
        PlanErrorKind.UnknownVersion => Invariant($"machine version {(long)Value} is not one of the map's versions"),
        PlanErrorKind.LimitTooLarge => $"limit {AddressText.Hex(Value)} of bank '{Region}' is above its maximum {AddressText.Hex(Limit)}",
        PlanErrorKind.GapClosed => $"bank '{Region}' ends at {AddressText.Hex(Value)}, reaching {AddressText.Hex(Limit)}: its gap is closed",
        PlanErrorKind.AddressPastWidth => Invariant($"highest used address {AddressText.Hex(Value)} is past {AddressText.Hex(Limit)}, the last of {Bits} bits"),
        PlanErrorKind.MaxRamNotAligned => $"maximum RAM {AddressText.Hex(Value)} is not a multiple of {AddressText.Hex(Limit)}",
        _ => Kind.ToString(),
    };

    /// <inheritdoc />
    public bool Equals(PlanError other) =>
        Kind == other.Kind && Value == other.Value && Limit == other.Limit && Bits == other.Bits && Region == other.Region;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PlanError other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(((int)Kind * 31 + Value.GetHashCode()) * 31 + Limit.GetHashCode());

    /// <inheritdoc />
    public override string ToString() => Message;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
