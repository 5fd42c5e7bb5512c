namespace MemmapGen.Tests.Infrastructure;

/// <summary>Small declarations shared by the generator tests.</summary>
internal static class Maps
{
    public const string Usings = "using MemmapGen;\nusing static MemmapGen.Units;\n";

    /// <summary>A tiny Arm-style board: fixed devices with a container, RAM, and two floating windows.</summary>
    public const string Board = Usings + """
        namespace Boards;

        [MemoryMap(TypeName = "BoardMap")]
        public enum BoardRegion
        {
            [Fixed(0x0000_0000, 64 * MiB)] Rom,
            [Fixed(0x0800_0000, 0x2_0000)] Periphs,
            [Fixed(0x0800_0000, 0x1_0000, Within = Periphs)] IrqDist,
            [Fixed(0x0801_0000, 0x1_0000, Within = Periphs)] IrqCpu,
            [Fixed(0x0900_0000, 0x1000)] Uart,
            [Ram(1 * GiB, LegacyLimit = 3 * GiB, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB, MaxSlots = 8)] Dram,
            [Floating(256 * MiB)] Ecam,
            [Floating(4 * GiB, Resizable = true)] Mmio64,
        }
        """;

    /// <summary>Regions named like the generated API, a keyword, and a nested partial container.</summary>
    public const string Clashing = Usings + """
        namespace Clash;

        public static partial class Machine
        {
            [MemoryMap]
            internal enum Region : ulong
            {
                [Fixed(0x1000, 0x1000)] Plan,
                [Fixed(0x2000, 0x1000)] FlashBase,
                [Fixed(0x3000, 0x1000)] Flash,
                [Fixed(0x4000, 0x1000)] Get,
                [Fixed(0x5000, 0x1000)] @class,
                [Fixed(0x6000, 0x1000)] RegionMap,
                [Floating(0x10_0000)] Layout,
                [Floating(0x10_0000, Resizable = true)] Ram,
                [Floating(0x10_0000)] HighestGpa,
                [Floating(0x10_0000)] TryCreate,
                [Floating(0x10_0000)] PlanOptions,
            }
        }
        """;

    /// <summary>Machine versions: legacy then compact, a region off by default in the oldest, one introduced later.</summary>
    public const string Versioned = Usings + """
        namespace Boards;

        public enum BoardVersion
        {
            [MachineVersion("board-1", Layout = FloatingLayout.Legacy)] V1,
            [MachineVersion("board-2", Layout = FloatingLayout.Legacy)] V2,
            [MachineVersion("board-3")] V3,
        }

        [MemoryMap(TypeName = "VersionedMap", Versions = typeof(BoardVersion))]
        public enum VersionedRegion
        {
            [Ram(0, LegacyLimit = 4 * GiB)] Dram,
            [Floating(64 * MiB, EnabledSince = BoardVersion.V2)] Redist,
            [Floating(1 * MiB, Since = BoardVersion.V3)] Cxl,
            [Floating(256 * MiB)] Ecam,
        }
        """;

    /// <summary>A map without RAM or floating regions, in the global namespace, with a byte enum.</summary>
    public const string FixedOnly = Usings + """
        [MemoryMap(TypeName = "Tiny")]
        enum TinyRegion : byte
        {
            [Fixed(0xFFFF_FFFF_FFFF_F000, 0x1000)] Top,
            [Fixed(0, 0x1000)] Bottom,
            Marker,
        }
        """;

    /// <summary>RAM split around holes (x86 style): two banks, a reserved window, a gap and a window, with versions.</summary>
    public const string Banked = Usings + """
        namespace Boards;

        public enum PcVersion
        {
            [MachineVersion("pc-2.10")] V2_10,
            [MachineVersion("pc-2.11")] V2_11,
            [MachineVersion("pc-7.1")] V7_1,
            [MachineVersion("pc-8.2")] V8_2,
        }

        [MemoryMap(TypeName = "BankedMap", Versions = typeof(PcVersion), AddressBits = 52, CheckGuest32BitSince = PcVersion.V8_2)]
        public enum BankedRegion
        {
            [RamBank(0, Limit = 4 * GiB, MaxLimit = 4 * GiB, LargeRamFrom = 0xB000_0000, LargeRamLimit = 2 * GiB)] LowRam,
            [RamBank(4 * GiB, RelocatePast = HyperTransport, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB,
                     MaxSlots = 256, MaxRamAlignment = 4 * KiB)] HighRam,
            [Reserved(0xFD_0000_0000, 12 * GiB, Since = PcVersion.V7_1)] HyperTransport,
            [Gap(After = LowRam, Before = IoApic)] PciHole,
            [Window(32 * GiB, Alignment = 1 * GiB, AdvertisedSince = PcVersion.V2_11)] PciHole64,
            [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,
        }
        """;
}
