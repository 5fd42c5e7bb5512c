using MemmapGen;

namespace ZeroCost.Probe;

/// <summary>
/// Without named region members (the default above 1,024 members, here asked for) the tables are packed into string
/// literals; <c>Get</c> on a constant must fold all the same.
/// </summary>
[MemoryMap(TypeName = "PackedMemmap", RegionConstants = false)]
public enum PackedRegion
{
    [Fixed(0x1000_0000, 0x1000)] Uart,
    [Fixed(0x2000_0000, 0x2_0000)] Gic,
    [Ram(0x4000_0000)] Mem,
}
