namespace MemmapGen;

/// <summary>Why a plan was refused.</summary>
public enum PlanErrorKind
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary><see cref="PlanError.Value"/> hot-plug slots exceed the declared maximum <see cref="PlanError.Limit"/>.</summary>
    TooManySlots,

    /// <summary>The maximum RAM size <see cref="PlanError.Value"/> is below the RAM size <see cref="PlanError.Limit"/>.</summary>
    MaxRamBelowRam,

    /// <summary>The physical-address width <see cref="PlanError.Value"/> is outside 1 to the map's address bits (<see cref="PlanError.Limit"/>).</summary>
    InvalidPhysAddrBits,

    /// <summary>RAM plus device memory ends past 2^<see cref="PlanError.Bits"/>, by <see cref="PlanError.Value"/> bytes.</summary>
    MemoryExceedsAddressSpace,

    /// <summary>RAM, maximum RAM and slots add up past 2^64.</summary>
    MemoryOverflow,

    /// <summary>A raised size <see cref="PlanError.Value"/> of region <see cref="PlanError.Region"/> is not a power of two (0 included).</summary>
    SizeNotPowerOfTwo,

    /// <summary>A raised size <see cref="PlanError.Value"/> of region <see cref="PlanError.Region"/> is below its declared size <see cref="PlanError.Limit"/>.</summary>
    SizeBelowDeclared,

    /// <summary>The machine version <see cref="PlanError.Value"/> (its underlying value) is not a member of the map's version enum.</summary>
    UnknownVersion,

    /// <summary>The limit <see cref="PlanError.Value"/> asked for bank <see cref="PlanError.Region"/> is above its maximum <see cref="PlanError.Limit"/>.</summary>
    LimitTooLarge,

    /// <summary>Bank <see cref="PlanError.Region"/> ends at <see cref="PlanError.Value"/>, reaching the base <see cref="PlanError.Limit"/> of the region its gap ends at.</summary>
    GapClosed,

    /// <summary>The highest used address <see cref="PlanError.Value"/> is past the last address <see cref="PlanError.Limit"/> of <see cref="PlanError.Bits"/> bits.</summary>
    AddressPastWidth,

    /// <summary>The maximum RAM size <see cref="PlanError.Value"/> is not a multiple of the required alignment <see cref="PlanError.Limit"/>.</summary>
    MaxRamNotAligned,
}
