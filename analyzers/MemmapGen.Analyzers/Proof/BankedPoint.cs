namespace MemmapGen.Analyzers.Proof;

/// <summary>A plan input of a banked map found by the search: its class and its numbers.</summary>
/// <param name="Config">The plan class.</param>
/// <param name="Ram">RamSize.</param>
/// <param name="DeviceSize">Hot-plug device memory's size (0 without hot-plug).</param>
/// <param name="Slots">RamSlots.</param>
/// <param name="MaxRam">MaxRamSize (0 without hot-plug).</param>
/// <param name="WindowSizes">Each window's size when the class chooses them, else null.</param>
/// <param name="Bits">PhysAddrBits: the narrowest width the plan fits.</param>
internal sealed record BankedPoint(BankedConfig Config, ulong Ram, ulong DeviceSize, ulong Slots, ulong MaxRam, ulong[]? WindowSizes, int Bits)
{
    /// <summary>Smaller RAM first, then less device memory, then fewer overrides: the simpler input to reproduce.</summary>
    public bool IsSmallerThan(BankedPoint other) =>
        Ram != other.Ram ? Ram < other.Ram
        : DeviceSize != other.DeviceSize ? DeviceSize < other.DeviceSize
        : Config.Overrides < other.Config.Overrides;
}
