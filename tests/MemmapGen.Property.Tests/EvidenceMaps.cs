namespace MemmapGen.Property.Tests;

/// <summary>Small maps, each built to show one kind of plan-proof finding (see <see cref="ProofWitnessTests"/>).</summary>
internal static class EvidenceMaps
{
    private const string Usings = "using MemmapGen;\nusing static MemmapGen.Units;\n\nnamespace Evidence;\n\n";

    /// <summary>The high bank's hot-plug memory, aligned to 1 GiB, reaches a device at 64 GiB; RAM alone never does.</summary>
    public const string HotplugOntoProbe = Usings + """
        [MemoryMap(AddressBits = 40)]
        public enum Board
        {
            [RamBank(0, Limit = 3 * GiB)] Low,
            [RamBank(4 * GiB, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB, MaxSlots = 8, MaxRamAlignment = 4 * KiB)] High,
            [Gap(After = High, Before = Probe)] Top,
            [Fixed(0x10_0000_0000, 4 * KiB)] Probe,
            [Gap(After = Low, Before = IoApic)] PciHole,
            [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,
        }
        """;

    /// <summary>The 32-bit hole starts 4 KiB below the low bank's largest limit (3 GiB).</summary>
    public const string HoleTooLow = Usings + """
        [MemoryMap]
        public enum Board
        {
            [RamBank(0, Limit = 3 * GiB, MaxLimit = 3 * GiB)] Low,
            [RamBank(4 * GiB)] High,
            [Fixed(0xBFFF_F000, 0x4000_1000)] Pci32,
        }
        """;

    /// <summary>
    /// At 39 bits the 512 GiB floating region does not fit, so the small one moves down to 256 GiB, onto the device.
    /// </summary>
    public const string FloatingAtOneWidth = Usings + """
        [MemoryMap(AddressBits = 48)]
        public enum Board
        {
            [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem,
            [Floating(512 * GiB)] Big,
            [Floating(4 * KiB)] Small,
            [Fixed(0x40_0000_0000, 4 * KiB)] Device,
        }
        """;

    /// <summary>
    /// The high bank relocates past R but not past S below it: a 64-bit window chosen large enough straddles S.
    /// </summary>
    public const string StraddledWindow = Usings + """
        [MemoryMap(AddressBits = 48)]
        public enum Board
        {
            [RamBank(0, Limit = 3 * GiB)] Low,
            [RamBank(4 * GiB, RelocatePast = R, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB, MaxSlots = 8, MaxRamAlignment = 4 * KiB)] High,
            [Reserved(0x40_0000_0000, 4 * GiB)] S,
            [Reserved(0xFD_0000_0000, 12 * GiB)] R,
            [Gap(After = Low, Before = IoApic)] PciHole,
            [Window(32 * GiB, Alignment = 1 * GiB)] PciHole64,
            [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,
        }
        """;
}
