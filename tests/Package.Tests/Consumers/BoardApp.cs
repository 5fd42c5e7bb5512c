using System;

namespace Package.Tests.Consumers;

/// <summary>The console app of the install path: a small board map and a Program that prints from it (the README shows the same).</summary>
internal static class BoardApp
{
    public const string MapFile = "BoardRegion.cs";

    public const string Map = """
        using MemmapGen;
        using static MemmapGen.Units;

        namespace Board;

        [MemoryMap(TypeName = "BoardMap")]
        public enum BoardRegion
        {
            [Fixed(0x0000_0000, 128 * MiB)] Flash,
            [Fixed(0x0900_0000, 4 * KiB)] Uart,
            [Fixed(0x0901_0000, 4 * KiB)] Rtc,
            [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem,
            [Floating(256 * MiB)] HighPcieEcam,
        }

        """;

    public const string Program = """
        using Board;
        using static MemmapGen.Units;

        Console.WriteLine($"UartBase=0x{BoardMap.UartBase:X}");
        var layout = BoardMap.Plan(new BoardMap.PlanOptions { RamSize = 4 * GiB, PhysAddrBits = 40 });
        Console.WriteLine($"HighPcieEcam=0x{layout.HighPcieEcam.Range.Base:X}+0x{layout.HighPcieEcam.Range.Size:X}");
        Console.WriteLine(BoardMap.TryFind(0x0901_0010, out var region) ? $"0x0901_0010 is {region}" : "0x0901_0010 is unmapped");
        Console.Write(layout.Format());

        """;

    /// <summary>
    /// A region wholly inside Uart: the analyzers blame its base argument. The sample declares no region of this
    /// name, so the README's example can be tried there as well.
    /// </summary>
    public const string OverlappingRegion = "    [Fixed(0x0900_0800, 1 * KiB)] Watchdog,";

    /// <summary>What <c>dotnet build</c> says about it, before the link to the diagnostic's page.</summary>
    public const string OverlapMessage = "Region 'Watchdog' [0x0900_0800, 0x0900_0BFF] overlaps 'Uart' [0x0900_0000, 0x0900_0FFF] by 0x400 bytes";

    public static string MapWithOverlap() => Map.ReplaceLineEndings("\n").Replace(
        "    [Fixed(0x0901_0000, 4 * KiB)] Rtc,\n",
        "    [Fixed(0x0901_0000, 4 * KiB)] Rtc,\n" + OverlappingRegion + "\n",
        StringComparison.Ordinal);

    /// <summary>1-based line and column of the overlapping region's base in <see cref="MapWithOverlap"/>.</summary>
    public static (int Line, int Column) OverlapBaseLocation()
    {
        var lines = MapWithOverlap().Split('\n');
        var index = Array.FindIndex(lines, l => l == OverlappingRegion);
        return (index + 1, lines[index].IndexOf("0x0900_0800", StringComparison.Ordinal) + 1);
    }

    public static readonly string[] ExpectedLines =
    {
        "UartBase=0x9000000",
        "HighPcieEcam=0x4000000000+0x10000000", // the floor: RAM base 1 GiB + the 255 GiB window
        "0x0901_0010 is Rtc",
    };

    public static readonly string[] RegionNames = { "Flash", "Uart", "Rtc", "Mem", "HighPcieEcam" };
}
