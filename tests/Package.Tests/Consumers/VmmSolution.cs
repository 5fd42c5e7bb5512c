namespace Package.Tests.Consumers;

/// <summary>
/// A VMM split into projects: two libraries declaring maps (two in one namespace, and one companion type name
/// used in three namespaces) and a host that uses them all and declares its own map through the transitive package.
/// </summary>
internal static class VmmSolution
{
    public const string BoardRegion = """
        using MemmapGen;
        using static MemmapGen.Units;

        namespace Vmm.Maps;

        [MemoryMap(TypeName = "BoardMap")]
        public enum BoardRegion
        {
            [Fixed(0x0000_0000, 128 * MiB)] Flash,
            [Fixed(0x0900_0000, 4 * KiB)] Uart,
            [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem,
            [Floating(256 * MiB)] HighPcieEcam,
        }

        """;

    public const string BusRegion = """
        using MemmapGen;

        namespace Vmm.Board;

        [MemoryMap(TypeName = "Memmap")]
        public enum BusRegion
        {
            [Fixed(0x1000_0000, 0x1000)] Config,
            [Fixed(0x1000_1000, 0x1000)] Status,
        }

        """;

    public const string DeviceRegion = """
        using MemmapGen;

        namespace Vmm.Maps;

        [MemoryMap]
        public enum DeviceRegion
        {
            [Fixed(0x0A00_0000, 0x200)] Virtio0,
            [Fixed(0x0A00_0200, 0x200)] Virtio1,
        }

        """;

    public const string IoRegion = """
        using MemmapGen;

        namespace Vmm.Devices;

        [MemoryMap(TypeName = "Memmap")]
        public enum IoRegion
        {
            [Fixed(0x3EFF_0000, 0x1_0000)] Pio,
        }

        """;

    public const string HostRegion = """
        using MemmapGen;

        namespace Vmm.Host;

        [MemoryMap(TypeName = "Memmap")]
        internal enum HostRegion
        {
            [Fixed(0xF000_0000, 0x1000)] Doorbell,
        }

        """;

    public const string HostProgram = """
        using Vmm.Maps;
        using static MemmapGen.Units;

        // A constant from another assembly is still a constant: it can label a case.
        static string Describe(ulong gpa) => gpa switch
        {
            BoardMap.UartBase => "uart",
            _ => "other",
        };

        Console.WriteLine($"uart={Describe(0x0900_0000)}");
        var layout = BoardMap.Plan(new BoardMap.PlanOptions { RamSize = 2 * GiB, PhysAddrBits = 40 });
        Console.WriteLine($"ecam=0x{layout.HighPcieEcam.Range.Base:X}");
        Console.WriteLine(BoardMap.TryFind(0x0900_0004, out var board) ? $"board={board}" : "board=none");
        Console.WriteLine(DeviceRegionMap.TryFind(0x0A00_0204, out var device) ? $"device={device}" : "device=none");
        Console.WriteLine($"bus=0x{Vmm.Board.Memmap.StatusBase:X}");
        Console.WriteLine($"io=0x{Vmm.Devices.Memmap.PioBase:X}");
        Console.WriteLine($"host=0x{Vmm.Host.Memmap.DoorbellBase:X}");

        """;

    public static readonly string[] ExpectedOutput =
    {
        "uart=uart",
        "ecam=0x4000000000",
        "board=Uart",
        "device=Virtio1",
        "bus=0x10001000",
        "io=0x3EFF0000",
        "host=0xF0000000",
    };
}
