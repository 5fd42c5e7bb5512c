namespace Benchmarks;

/// <summary>The machine properties QEMU's layout code reads, as the vectors give them.</summary>
public readonly record struct QemuMachine(
    ulong RamSize,
    ulong MaxRamSize,
    ulong RamSlots,
    int PaBits,
    bool Highmem,
    bool HighmemRedists,
    bool HighmemEcam,
    bool HighmemMmio,
    bool HighmemCompact,
    bool HighmemMmioSizeSet,
    ulong HighmemMmioSize);

/// <summary>QEMU's exits from the layout code and the property setter.</summary>
public enum PortError
{
    None,
    UnsupportedSlots,
    AddressingLimited,
    MaxmemSlotsTooHuge,
    MmioSizeNotPowerOfTwo,
    MmioSizeBelowDefault,
}
