namespace MemmapGen.Analyzers.Compat;

/// <summary>A floating region as the compat checks see it, from source or from a baseline line.</summary>
/// <param name="Alignment">The declared alignment, or 0 when the region aligns to its own (possibly raised) size.</param>
internal sealed record FloatingDef(string Name, ulong Size, ulong Alignment, bool Resizable)
{
    /// <summary>The alignment for a given (possibly raised) size.</summary>
    public ulong AlignFor(ulong size) => Alignment != 0 ? Alignment : size;
}

/// <summary>Where the floating area can start: the floor, or any multiple of the device-memory alignment above it.</summary>
/// <param name="Floor">The lowest start (RAM base + reserved window); 0 when none.</param>
/// <param name="DeviceAlignment">The device-memory rounding (memtop is a multiple of it); 0 when none.</param>
/// <param name="RamBase">Where RAM starts, to turn a start into a RAM size for a witness.</param>
internal sealed record StartSpace(ulong Floor, ulong DeviceAlignment, ulong RamBase, int AddressBits);
