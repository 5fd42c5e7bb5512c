namespace MemmapGen;

/// <summary>How a region of a memory map is declared.</summary>
public enum RegionKind
{
    /// <summary>No region attribute: an index-only member with no range.</summary>
    None = 0,

    /// <summary><see cref="FixedAttribute"/>: base and size are constants.</summary>
    Fixed = 1,

    /// <summary><see cref="RamAttribute"/>: the RAM block; its size is a planning input.</summary>
    Ram = 2,

    /// <summary><see cref="FloatingAttribute"/>: placed by the planner.</summary>
    Floating = 3,

    /// <summary><see cref="RamBankAttribute"/>: a bank of RAM; its size and placement are planned.</summary>
    RamBank = 4,

    /// <summary><see cref="ReservedAttribute"/>: a fixed window RAM avoids when a plan asks.</summary>
    Reserved = 5,

    /// <summary><see cref="GapAttribute"/>: a hole between a RAM bank and a fixed region, derived at plan time.</summary>
    Gap = 6,

    /// <summary><see cref="WindowAttribute"/>: a window placed at plan time after device memory.</summary>
    Window = 7,
}
