using System.Collections.Generic;
using MemmapGen.Analyzers.Tests.Compat;

namespace MemmapGen.Analyzers.Tests.Coverage;

/// <summary>
/// Per rule ID, one input that reports it and one that does not, taken from the rule tests. RuleCoverageTests
/// runs them all through both analyzers; its key set must equal what the analyzers support.
/// </summary>
internal static class RuleCases
{
    private const string Versions = """
        public enum V
        {
            [MachineVersion("v1")] V1,
            [MachineVersion("v2")] V2,
        }

        """;

    /// <summary>The shipped map of the compat tests; its baseline as ShipMemoryLayout records it is below.</summary>
    private const string Shipped = LayoutCompatTests.Shipped;

    private const string Empty = "#MemoryLayout v1\n";

    private static readonly string ShippedBaseline = CompatTest.BaselineOf(Shipped);

    /// <summary>The banked map of the split compat tests, and its baseline.</summary>
    private const string Banked = SplitCompatTests.Banked;

    private static readonly string BankedBaseline = CompatTest.BaselineOf(Banked);

    /// <summary>The shipped map against its own baseline: no compat finding.</summary>
    private static readonly RuleInput Unchanged = new(Shipped, ShippedBaseline, Empty);

    public static IReadOnlyDictionary<string, RuleCase> ById { get; } = new Dictionary<string, RuleCase>
    {
        ["MMG0001"] = Map(
            "[Fixed(0x1000, 0x2000)] A, [Fixed(0x2000, 0x1000)] B",
            "[Fixed(0x1000, 0x1000)] A, [Fixed(0x2000, 0x1000)] B"),
        ["MMG0002"] = Map(
            "[Fixed(0x0800_0000, 0x0002_0000)] Cpu, [Fixed(0x0801_0000, 0x0002_0000, Within = Cpu)] Gic",
            "[Fixed(0x0800_0000, 0x0002_0000)] Cpu, [Fixed(0x0801_0000, 0x0001_0000, Within = Cpu)] Gic"),
        ["MMG0003"] = Map(
            "[Fixed(0x0800_0000, 0x0002_0000)] Cpu, [Fixed(0x0800_0000, 0x0001_0000, Within = Cpu)] Dist, [Fixed(0x0800_8000, 0x1000, Within = Cpu)] Gic",
            "[Fixed(0x0800_0000, 0x0002_0000)] Cpu, [Fixed(0x0800_0000, 0x0001_0000, Within = Cpu)] Dist, [Fixed(0x0801_0000, 0x1000, Within = Cpu)] Gic"),
        ["MMG0004"] = Map(
            "[Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem, [Fixed(0x4000_0000, 0x1000)] Misplaced",
            "[Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem, [Fixed(0x3000_0000, 0x1000)] Misplaced"),
        ["MMG0005"] = Map(
            "[Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem, [Fixed(0x80_0000_0000, 0x1000)] High",
            "[Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem, [Fixed(0x0900_0000, 0x1000)] High"),
        ["MMG0006"] = Map("[Fixed(0x1000, 0)] Empty", "[Fixed(0x1000, 1)] Empty"),
        ["MMG0007"] = Map("[Fixed(0xFFFF_FFFF_FFFF_F000, 0x2000)] PastTop", "[Fixed(0xFFFF_FFFF_FFFF_F000, 0x1000)] PastTop"),
        ["MMG0008"] = Case(
            "[MemoryMap(AddressBits = 40)] public enum Board { [Fixed(0x100_0001_0000, 0x1000)] Beyond }",
            "[MemoryMap(AddressBits = 48)] public enum Board { [Fixed(0x100_0001_0000, 0x1000)] Beyond }"),
        ["MMG0009"] = Map(
            "[Fixed(0x0802_1000, 0x1_0000, Alignment = 0x1_0000)] Misaligned",
            "[Fixed(0x0802_0000, 0x1_0000, Alignment = 0x1_0000)] Misaligned"),
        ["MMG0010"] = Map("[Fixed(0x3000, 0x1000, Alignment = 0x3000)] A", "[Fixed(0x3000, 0x1000, Alignment = 0x1000)] A"),
        ["MMG0011"] = Map("[Floating(96 * MiB)] Odd", "[Floating(64 * MiB)] Odd"),
        ["MMG0012"] = Map("[Fixed(0, 0x1000)] Flash = 1, [Fixed(0x1000, 0x1000)] Uart = 1", "[Fixed(0, 0x1000)] Flash = 1, [Fixed(0x1000, 0x1000)] Uart = 2"),
        ["MMG0013"] = Case(
            "[MemoryMap(TypeName = \"BoardMemmap\")] public enum First { [Fixed(0, 0x1000)] A }\n[MemoryMap(TypeName = \"BoardMemmap\")] public enum Second { [Fixed(0, 0x1000)] B }",
            "[MemoryMap(TypeName = \"BoardMemmap\")] public enum First { [Fixed(0, 0x1000)] A }\n[MemoryMap(TypeName = \"OtherMemmap\")] public enum Second { [Fixed(0, 0x1000)] B }"),
        ["MMG0014"] = Case(
            "public enum NotAMap { R }\n[MemoryMap] public enum Board { [Fixed(0x2000, 0x1000, Within = NotAMap.R)] X }",
            "[MemoryMap] public enum Board { [Fixed(0x2000, 0x2000)] Box, [Fixed(0x2000, 0x1000, Within = Box)] X }"),
        ["MMG0015"] = Case(
            "[MemoryMap] public enum Other { [Fixed(0, 0x1000)] Q }\n[MemoryMap] public enum Board { [Fixed(0x1000, 0x1000, Within = Other.Q)] X }",
            "[MemoryMap] public enum Other { [Fixed(0, 0x1000)] Q }\n[MemoryMap] public enum Board { [Fixed(0x1000, 0x2000)] Q, [Fixed(0x1000, 0x1000, Within = Q)] X }"),
        ["MMG0016"] = Map("[Fixed(0x4000, 0x1000, Within = Self)] Self", "[Fixed(0x4000, 0x1000)] Self"),
        ["MMG0017"] = Map(
            "[Fixed(0x5000, 0x1000, Within = Loop2)] Loop1, [Fixed(0x5000, 0x1000, Within = Loop1)] Loop2",
            "[Fixed(0x5000, 0x1000)] Loop1, [Fixed(0x5000, 0x100, Within = Loop1)] Loop2"),
        ["MMG0018"] = Map(
            "[Floating(0x1000)] Window, [Fixed(0x6000, 0x1000, Within = Window)] Inside",
            "[Fixed(0x6000, 0x1000)] Window, [Fixed(0x6000, 0x100, Within = Window)] Inside"),
        ["MMG0019"] = Case(
            "public class Outer { [MemoryMap] public enum Board { [Fixed(0, 0x1000)] A } }",
            "public partial class Outer { [MemoryMap] public enum Board { [Fixed(0, 0x1000)] A } }"),
        ["MMG0020"] = Case(
            "public partial class Outer<T> { [MemoryMap] public enum Board { [Fixed(0, 0x1000)] A } }",
            "public partial class Outer { [MemoryMap] public enum Board { [Fixed(0, 0x1000)] A } }"),
        ["MMG0021"] = Case("[MemoryMap] file enum Local { [Fixed(0, 0x1000)] A }", "[MemoryMap] public enum Local { [Fixed(0, 0x1000)] A }"),
        ["MMG0022"] = Case(
            "[MemoryMap(AddressBits = 40)] public enum Board { [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem, [Floating(2 * TiB)] Huge }",
            "[MemoryMap(AddressBits = 48)] public enum Board { [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem, [Floating(2 * TiB)] Huge }"),
        ["MMG0023"] = Map("[Fixed(0x7000, 0x1000, Within = null)] InNothing", "[Fixed(0x7000, 0x1000)] InNothing"),
        ["MMG0024"] = Map("[Fixed(0, 0x1000)][Floating(0x1000)] Both", "[Fixed(0, 0x1000)] Both"),
        ["MMG0025"] = Map("[Ram(1 * GiB)] Mem, [Ram(2 * GiB)] Mem2", "[Ram(1 * GiB)] Mem"),
        ["MMG0026"] = Case(
            "[MemoryMap(AddressBits = 65)] public enum Wide { [Fixed(0, 0x1000)] A }",
            "[MemoryMap(AddressBits = 64)] public enum Wide { [Fixed(0, 0x1000)] A }"),
        ["MMG0027"] = Case(
            "[MemoryMap(TypeName = \"not a name\")] public enum Named { [Fixed(0, 0x1000)] A }",
            "[MemoryMap(TypeName = \"NamedMemmap\")] public enum Named { [Fixed(0, 0x1000)] A }"),
        ["MMG0028"] = Case(
            "[MemoryMap(Versions = typeof(string))] public enum Board { [Fixed(0, 0x1000)] A }",
            Versions + "[MemoryMap(Versions = typeof(V))] public enum Board { [Fixed(0, 0x1000)] A }"),
        ["MMG0029"] = Case(
            "public enum V { [MachineVersion(\"v1\")] V1, V2 }\n[MemoryMap(Versions = typeof(V))] public enum Board { [Fixed(0, 0x1000)] A }",
            Versions + "[MemoryMap(Versions = typeof(V))] public enum Board { [Fixed(0, 0x1000)] A }"),
        ["MMG0030"] = Case(
            "public enum V { [MachineVersion(\"v1\")] V1, [MachineVersion(\"v1\")] V2 }\n[MemoryMap(Versions = typeof(V))] public enum Board { [Fixed(0, 0x1000)] A }",
            Versions + "[MemoryMap(Versions = typeof(V))] public enum Board { [Fixed(0, 0x1000)] A }"),
        ["MMG0031"] = Case(
            Versions + "public enum Unrelated { X }\n[MemoryMap(Versions = typeof(V))] public enum Board { [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem, [Floating(64 * MiB, EnabledSince = Unrelated.X)] F }",
            Versions + "public enum Unrelated { X }\n[MemoryMap(Versions = typeof(V))] public enum Board { [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem, [Floating(64 * MiB, EnabledSince = V.V2)] F }"),
        ["MMG0032"] = Map("[Ram(0)] Mem, [RamBank(0x1000)] Bank", "[Fixed(0, 0x1000)] Mem, [RamBank(0x1000)] Bank"),
        ["MMG0033"] = Map("[RamBank(0x1000, RelocatePast = Bank)] Bank", "[RamBank(0x1000, RelocatePast = Hole)] Bank, [Reserved(0x10_0000_0000, 0x1000)] Hole"),
        ["MMG0034"] = Map(
            "[Fixed(0xFEC0_0000, 0x1000)] IoApic, [RamBank(4 * GiB, RelocatePast = IoApic)] High",
            "[Reserved(0x10_0000_0000, 0x1000)] Hole, [RamBank(4 * GiB, RelocatePast = Hole)] High"),
        ["MMG0035"] = Map("[RamBank(0)] Low, [RamBank(4 * GiB)] High", "[RamBank(0, Limit = 2 * GiB)] Low, [RamBank(4 * GiB)] High"),
        ["MMG0036"] = Map(
            "[RamBank(0, Limit = 3 * GiB, MaxLimit = 2 * GiB)] Low, [RamBank(4 * GiB)] High",
            "[RamBank(0, Limit = 2 * GiB, MaxLimit = 3 * GiB)] Low, [RamBank(4 * GiB)] High"),
        ["MMG0037"] = Map(
            "[RamBank(0, Limit = 2 * GiB, MaxLimit = 3 * GiB, LargeRamLimit = 3 * GiB)] Low, [RamBank(4 * GiB)] High",
            "[RamBank(0, Limit = 2 * GiB, MaxLimit = 3 * GiB, LargeRamLimit = 1 * GiB)] Low, [RamBank(4 * GiB)] High"),
        ["MMG0038"] = Map("[RamBank(0, Limit = 2 * GiB)] Low, [RamBank(1 * GiB)] High", "[RamBank(0, Limit = 2 * GiB)] Low, [RamBank(2 * GiB)] High"),
        ["MMG0039"] = Map(
            "[RamBank(0)] Ram, [Fixed(0xFEC0_0000, 0x1000)] IoApic",
            "[RamBank(0, Limit = 3 * GiB)] Low, [RamBank(4 * GiB)] High, [Fixed(0xFEC0_0000, 0x1000)] IoApic"),
        ["MMG0040"] = Case(
            "[MemoryMap(AddressBits = 40)] public enum Board { [RamBank(4 * GiB, RelocatePast = Ht)] High, [Reserved(0xFD_0000_0000, 12 * GiB)] Ht }",
            "[MemoryMap(AddressBits = 48)] public enum Board { [RamBank(4 * GiB, RelocatePast = Ht)] High, [Reserved(0xFD_0000_0000, 12 * GiB)] Ht }"),
        ["MMG0041"] = Map(
            "[Fixed(0x1000, 0x1000)] Rom, [RamBank(4 * GiB)] High, [Gap(After = High, Before = Rom)] Hole",
            "[RamBank(0)] Low, [Fixed(0xFEC0_0000, 0x1000)] IoApic, [Gap(After = Low, Before = IoApic)] Hole"),
        ["MMG0042"] = Map(
            "[Ram(1 * GiB)] Mem, [Fixed(0x80_0000_0000, 0x1000)] High",
            "[Ram(1 * GiB)] Mem, [Fixed(0x3F00_0000, 0x0100_0000)] EndsAtRam"),
        ["MMG0043"] = Map(
            "[RamBank(8 * GiB, Limit = 1 * GiB)] Upper, [RamBank(0x1000_0000)] Lower",
            "[RamBank(0, Limit = 3 * GiB)] Low, [RamBank(4 * GiB)] High"),
        ["MMG0044"] = Map(
            "[RamBank(0, Limit = 3 * GiB)] Low, [RamBank(4 * GiB)] High",
            "[Ram(1 * GiB)] Mem, [Fixed(0x80_0000_0000, 0x1000)] High"),
        ["MMG0045"] = Map(
            "[RamBank(0, DeviceMemoryAlignment = 3 * MiB)] Ram",
            "[RamBank(0, DeviceMemoryAlignment = 2 * MiB)] Ram"),

        ["MMG0101"] = Compat(Shipped.Replace("[Floating(64 * MiB)] Redist2,\n    [Floating(256 * MiB)] Ecam,", "[Floating(256 * MiB)] Ecam,\n    [Floating(64 * MiB)] Redist2,")),
        ["MMG0102"] = Compat(Shipped.Replace("[Floating(256 * MiB)] Ecam", "[Floating(128 * MiB)] Ecam")),
        ["MMG0103"] = Compat(Shipped.Replace("[Floating(256 * MiB)] Ecam,", string.Empty)),
        ["MMG0104"] = new(
            new(Shipped.Replace("[Floating(256 * MiB)] Ecam", "[Floating(1 * MiB)] CxlHost,\n    [Floating(256 * MiB)] Ecam"), ShippedBaseline, Empty),
            new(Shipped.Replace("[Floating(512 * GiB, Resizable = true)] Mmio,", "[Floating(512 * GiB, Resizable = true)] Mmio,\n    [Floating(1 * MiB)] CxlHost,"), ShippedBaseline, Empty)),
        ["MMG0105"] = Compat(Shipped.Replace("[Floating(256 * MiB)] Ecam", "[Floating(256 * MiB)] HighEcam")),
        ["MMG0106"] = Compat(Shipped.Replace("[Fixed(0x0900_0000, 0x1000)] Uart", "[Fixed(0x0900_1000, 0x1000)] Uart")),
        ["MMG0107"] = Compat(Shipped.Replace("[Fixed(0x0900_0000, 0x1000)] Uart,", string.Empty)),
        ["MMG0108"] = Compat(Shipped.Replace("DeviceMemoryAlignment = 1 * GiB", "DeviceMemoryAlignment = 256 * MiB")),
        ["MMG0109"] = Compat(Shipped.Replace("[MachineVersion(\"virt-7.1\", Layout = FloatingLayout.Legacy)] V7_1", "[MachineVersion(\"virt-7.1\")] V7_1")),
        ["MMG0110"] = Compat(Shipped.Replace("[Floating(256 * MiB)] Ecam", "[Floating(256 * MiB, EnabledSince = VirtVersion.V7_2)] Ecam")),
        ["MMG0111"] = Compat(Shipped.Replace("[MachineVersion(\"virt-7.1\", Layout = FloatingLayout.Legacy)] V7_1,", string.Empty)),
        ["MMG0112"] = new(
            new(Shipped.Replace("[Floating(512 * GiB, Resizable = true)] Mmio,", "[Floating(512 * GiB, Resizable = true)] Mmio,\n    [Floating(1 * TiB)] Extra,"), ShippedBaseline, Empty),
            new(Shipped.Replace("[Floating(512 * GiB, Resizable = true)] Mmio,", "[Floating(512 * GiB, Resizable = true)] Mmio,\n    [Floating(1 * TiB)] Extra,"), ShippedBaseline, Empty + "Virt floating 3 Extra size=0x100_0000_0000 align=0x100_0000_0000\n")),
        ["MMG0113"] = new(new(Shipped, ShippedBaseline + "Virt fixed Rtc base=zero size=0x10\n", Empty), Unchanged),
        ["MMG0114"] = new(new(Shipped, ShippedBaseline + "Virt fixed Uart base=0x0900_0000 size=0x1000\n", Empty), Unchanged),
        ["MMG0115"] = new(new(Shipped, ShippedBaseline + "Gone fixed Rom base=0 size=0x1000\n", Empty), Unchanged),
        ["MMG0116"] = new(new(Shipped), Unchanged),
        ["MMG0117"] = new(new(Banked.Replace("LargeRamLimit = 2 * GiB", "LargeRamLimit = 1536 * MiB"), BankedBaseline, Empty), new(Banked, BankedBaseline, Empty)),
        ["MMG0118"] = new(new(Banked.Replace("CheckGuest32BitSince = BoardVersion.V2_0", "CheckGuest32BitSince = BoardVersion.V1_0"), BankedBaseline, Empty), new(Banked, BankedBaseline, Empty)),
    };

    /// <summary>A declaration case: the members of one map named Board.</summary>
    private static RuleCase Map(string positiveMembers, string negativeMembers) =>
        Case("[MemoryMap] public enum Board { " + positiveMembers + " }", "[MemoryMap] public enum Board { " + negativeMembers + " }");

    private static RuleCase Case(string positive, string negative) => new(new(positive), new(negative));

    /// <summary>A compat case: a change to the shipped map, against the unchanged map.</summary>
    private static RuleCase Compat(string changed) => new(new(changed, ShippedBaseline, Empty), Unchanged);
}
