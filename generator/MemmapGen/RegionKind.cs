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
}
