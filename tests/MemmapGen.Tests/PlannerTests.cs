using System;
using System.Reflection;
using MemmapGen.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>
/// The generated planner and lookups, run: each test compiles a map plus a probe method that uses the generated API,
/// and checks what the probe returns. (QEMU fidelity is proven by the sample's tests against QEMU's vectors.)
/// </summary>
public sealed class PlannerTests
{
    private static string Run(string map, string body)
    {
        var probe = "public static class Probe { public static string Run() { " + body + " } }";
        var usings = Maps.Usings + (map.Contains("namespace Boards;", StringComparison.Ordinal) ? "using Boards;\n" : string.Empty);
        var assembly = GeneratorHarness.Run(map, usings + probe).Load();
        return (string)assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
    }

    [Fact]
    public void Floating_regions_start_at_the_end_of_the_ram_window_and_align_to_their_size()
    {
        var text = Run(Maps.Board, """
            var l = BoardMap.Plan(new BoardMap.PlanOptions { RamSize = 1 * GiB, PhysAddrBits = 40 });
            return $"{l.Ecam.Base:x} {l.Mmio64.Base:x} {l.HighestGpa:x} {l.RequiredPhysAddrBits}";
            """);
        Assert.Equal("100000000 200000000 2ffffffff 34", text);
    }

    [Fact]
    public void Legacy_reserves_disabled_regions_and_compact_does_not()
    {
        var text = Run(Maps.Board, """
            var o = new BoardMap.PlanOptions { RamSize = 1 * GiB, PhysAddrBits = 40, EnableEcam = false, Mmio64Size = 16 * GiB };
            var compact = BoardMap.Plan(o);
            o.FloatingLayout = FloatingLayout.Legacy;
            var legacy = BoardMap.Plan(o);
            return $"{compact.Ecam.State} {compact.Mmio64.Base:x} {legacy.Mmio64.Base:x}";
            """);
        Assert.Equal("NotRequested 400000000 400000000", text);
    }

    [Fact]
    public void Region_past_the_address_width_is_disabled_with_the_reason()
    {
        var text = Run(Maps.Board, """
            var l = BoardMap.Plan(new BoardMap.PlanOptions { RamSize = 1 * GiB, PhysAddrBits = 33 });
            return $"{l.Ecam.State} {l.Mmio64.State} {l.HighestGpa:x}";
            """);
        Assert.Equal("Enabled DoesNotFit 10fffffff", text);
    }

    [Fact]
    public void Device_memory_follows_ram_rounded_with_a_slot_allowance()
    {
        var text = Run(Maps.Board, """
            var l = BoardMap.Plan(new BoardMap.PlanOptions { RamSize = 1536 * MiB, MaxRamSize = 2 * GiB, RamSlots = 2, PhysAddrBits = 40 });
            return $"{l.DeviceMemory.Base:x} {l.DeviceMemory.Size:x} {l.Ecam.Base:x}";
            """);
        Assert.Equal("c0000000 a0000000 180000000", text);
    }

    [Theory]
    [InlineData("RamSlots = 9", "TooManySlots")]
    [InlineData("RamSize = 2 * GiB, MaxRamSize = 1 * GiB", "MaxRamBelowRam")]
    [InlineData("PhysAddrBits = 0", "InvalidPhysAddrBits")]
    [InlineData("PhysAddrBits = 65", "InvalidPhysAddrBits")]
    [InlineData("RamSize = 8 * GiB, PhysAddrBits = 32", "MemoryExceedsAddressSpace")]
    [InlineData("RamSize = 0xFFFF_FFFF_F000_0000", "MemoryOverflow")]
    [InlineData("MaxRamSize = ulong.MaxValue", "MemoryOverflow")]
    [InlineData("Mmio64Size = 3 * GiB", "SizeNotPowerOfTwo")]
    [InlineData("Mmio64Size = 0", "SizeNotPowerOfTwo")]
    [InlineData("Mmio64Size = 2 * GiB", "SizeBelowDeclared")]
    public void Invalid_options_give_typed_errors_and_Plan_throws(string options, string kind)
    {
        var text = Run(Maps.Board, $$"""
            var o = new BoardMap.PlanOptions { {{options}} };
            var ok = BoardMap.TryPlan(o, out _, out var error);
            try { BoardMap.Plan(o); return "no throw"; }
            catch (MemmapPlanException e) { return $"{ok} {error.Kind} {e.Error.Equals(error)}"; }
            """);
        Assert.Equal($"False {kind} True", text);
    }

    [Fact]
    public void Physical_address_width_64_and_regions_ending_at_2_pow_64_do_not_wrap()
    {
        var map = Maps.Usings + """
            [MemoryMap(TypeName = "Edge")]
            public enum EdgeRegion
            {
                [Ram(0xFFFF_FFFF_0000_0000)] R,
                [Floating(0x8000_0000)] A,
                [Floating(0x8000_0000)] B,
                [Floating(0x1000)] C,
            }
            """;
        var text = Run(map, """
            var l = Edge.Plan(new Edge.PlanOptions { RamSize = 0x8000_0000, PhysAddrBits = 64 });
            var legacy = Edge.Plan(new Edge.PlanOptions { RamSize = 0x8000_0000, PhysAddrBits = 64, FloatingLayout = FloatingLayout.Legacy, EnableA = false });
            return $"{l.A.State} {l.A.Base:x} {l.B.State} {l.C.State} {l.HighestGpa:x} | {legacy.B.State} {legacy.C.State}";
            """);
        Assert.Equal("Enabled ffffffff80000000 DoesNotFit DoesNotFit ffffffffffffffff | DoesNotFit DoesNotFit", text);
    }

    [Fact]
    public void TryFind_returns_the_innermost_region_and_nothing_between_regions()
    {
        var text = Run(Maps.Board, """
            string F(ulong a) => BoardMap.TryFind(a, out var r) ? r.ToString() : "-";
            return string.Join(" ", F(0), F(0x07FF_FFFF), F(0x0800_0000), F(0x0801_FFFF), F(0x0802_0000), F(0x0900_0FFF), F(0x0900_1000), F(ulong.MaxValue));
            """);
        Assert.Equal("Rom - IrqDist IrqCpu - Uart - -", text);
    }

    [Fact]
    public void TryFind_reaches_a_region_ending_at_2_pow_64()
    {
        var text = Run(Maps.FixedOnly, """
            string F(ulong a) => Tiny.TryFind(a, out var r) ? r.ToString() : "-";
            return $"{F(ulong.MaxValue)} {F(0xFFFF_FFFF_FFFF_F000)} {F(0xFFF)} {F(0x1000)} {Tiny.TopLast:x}";
            """);
        Assert.Equal("Top Top Bottom - ffffffffffffffff", text);
    }

    [Fact]
    public void Get_and_tables_are_indexed_by_declaration_ordinal()
    {
        var text = Run(Maps.Board, """
            var r = BoardMap.Get(BoardRegion.IrqCpu);
            return $"{r.Base:x} {r.Size:x} {r.Last:x} {BoardMap.Bases[3]:x} {BoardMap.Sizes[6]:x} {BoardMap.OrdinalOf(BoardRegion.Uart)} {BoardMap.FromOrdinal(7)} {BoardMap.RegionCount}";
            """);
        Assert.Equal("8010000 10000 801ffff 8010000 10000000 4 Mmio64 8", text);
    }

    [Fact]
    public void Format_prints_an_iomem_table()
    {
        var text = Run(Maps.Board, """
            return BoardMap.Plan(new BoardMap.PlanOptions { RamSize = 1 * GiB, PhysAddrBits = 33 }).Format();
            """);
        Assert.Contains("0000000008000000-000000000801ffff : Periphs\n  0000000008000000-000000000800ffff : IrqDist\n", text);
        Assert.Contains("0000000040000000-000000007fffffff : Dram\n", text);
        Assert.EndsWith("disabled Mmio64: does not fit the physical address width\n", text);
    }

    [Fact]
    public void Machine_versions_pick_layout_defaults_and_introduced_regions()
    {
        var text = Run(Maps.Versioned, """
            string P(BoardVersion? v, FloatingLayout? layout = null, bool? redist = null)
            {
                var l = VersionedMap.Plan(new VersionedMap.PlanOptions { RamSize = 1 * GiB, PhysAddrBits = 40, Version = v, FloatingLayout = layout, EnableRedist = redist });
                return $"{l.Version}/{l.FloatingLayout}: {l.Redist.State} {l.Cxl.State} {l.Cxl.Base:x} {l.Ecam.Base:x}";
            }
            return string.Join(" | ", P(BoardVersion.V1), P(BoardVersion.V2, redist: false), P(null, redist: false), P(BoardVersion.V3, FloatingLayout.Legacy, false), P(BoardVersion.V1, FloatingLayout.Compact));
            """);
        Assert.Equal(
            "V1/Legacy: NotRequested NotIntroduced 0 110000000 | " +
            "V2/Legacy: NotRequested NotIntroduced 0 110000000 | " +
            "V3/Compact: NotRequested Enabled 100000000 110000000 | " +
            "V3/Legacy: NotRequested Enabled 104000000 110000000 | " +
            "V1/Compact: NotRequested NotIntroduced 0 100000000",
            text);
    }

    [Fact]
    public void Version_names_round_trip_and_unknown_versions_are_errors()
    {
        var text = Run(Maps.Versioned, """
            VersionedMap.TryParseVersion("board-2", out var v);
            var ok = VersionedMap.TryPlan(new VersionedMap.PlanOptions { Version = (BoardVersion)7 }, out _, out var error);
            return $"{v} {VersionedMap.VersionName(BoardVersion.V3)} {VersionedMap.VersionCount} {VersionedMap.LatestVersion} {VersionedMap.VersionLayout(BoardVersion.V1)} {ok} {error.Kind} {VersionedMap.TryParseVersion("nope", out _)}";
            """);
        Assert.Equal("V2 board-3 3 V3 Legacy False UnknownVersion False", text);
    }
}
