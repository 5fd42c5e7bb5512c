using System.Linq;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Compat;
using MemmapGen.Generator.Baseline;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Compat;

/// <summary>Compat of a banked map (docs/split-ram.md): its split policy and each shipped version's flags.</summary>
public sealed class SplitCompatTests
{
    /// <summary>A small Q35-like map: two banks around a 32-bit hole, a reserved window, a 64-bit window.</summary>
    internal const string Banked = """
        public enum BoardVersion
        {
            [MachineVersion("b-1.0")] V1_0,
            [MachineVersion("b-2.0")] V2_0,
        }

        [MemoryMap(Versions = typeof(BoardVersion), AddressBits = 48, CheckGuest32BitSince = BoardVersion.V2_0)]
        public enum Board
        {
            [RamBank(0x0, Limit = 4 * GiB, MaxLimit = 4 * GiB, LargeRamFrom = 0xB000_0000, LargeRamLimit = 2 * GiB)] LowRam,
            [RamBank(4 * GiB, RelocatePast = Hole, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB, MaxSlots = 256)] HighRam,
            [Reserved(0xFD_0000_0000, 12 * GiB, Since = BoardVersion.V2_0)] Hole,
            [Gap(After = LowRam, Before = IoApic)] PciHole,
            [Window(32 * GiB, Alignment = 1 * GiB, AdvertisedSince = BoardVersion.V2_0)] PciHole64,
            [Fixed(0xB000_0000, 256 * MiB)] MmConfig,
            [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,
        }
        """;

    private const string Empty = "#MemoryLayout v1\n";

    private static readonly string Baseline = CompatTest.BaselineOf(Banked);

    /// <summary>The 1-based line of the baseline that starts with <paramref name="prefix"/>.</summary>
    private static int LineOf(string prefix) => Baseline.Split('\n').ToList().FindIndex(l => l.StartsWith(prefix, System.StringComparison.Ordinal)) + 1;

    [Fact]
    public void Baseline_records_the_split_policy_and_each_versions_flags()
    {
        var lines = Baseline.Split('\n');
        Assert.Contains("Board bank LowRam base=0x0000_0000 limit=0x1_0000_0000 maxlimit=0x1_0000_0000 largefrom=0xB000_0000 largelimit=0x8000_0000 relocate=- devalign=0x0000_0000 slot=0x0000_0000 slots=0 maxalign=0x0000_0000", lines);
        Assert.Contains("Board bank HighRam base=0x1_0000_0000 limit=0x0000_0000 maxlimit=0x0000_0000 largefrom=0x0000_0000 largelimit=0x0000_0000 relocate=Hole devalign=0x4000_0000 slot=0x4000_0000 slots=256 maxalign=0x0000_0000", lines);
        Assert.Contains("Board reserved Hole base=0xFD_0000_0000 size=0x3_0000_0000 since=b-2.0", lines);
        Assert.Contains("Board gap PciHole after=LowRam before=IoApic", lines);
        Assert.Contains("Board window PciHole64 size=0x8_0000_0000 align=0x4000_0000 advertised=b-2.0 guest64=on", lines);
        Assert.Contains("Board guest32 since=b-2.0", lines);
        Assert.Contains("Board policy 0 b-1.0 reserved=- windows=- guest32=off", lines);
        Assert.Contains("Board policy 1 b-2.0 reserved=Hole windows=PciHole64 guest32=on", lines);
    }

    [Fact]
    public void Split_lines_read_back_as_written()
    {
        var read = BaselineReader.Read(Baseline);
        Assert.Empty(read.Problems);
        Assert.Equal(Baseline, BaselineFormat.Render(read.Lines.Select(l => l.Entry)));
    }

    [Theory]
    [InlineData("Board bank LowRam base=0 limit=0x1_0000_0000", "missing 'maxlimit='")]
    [InlineData("Board reserved Hole base=0xFD_0000_0000 size=12G since=-", "'size=12G' is not a number below 2^64")]
    [InlineData("Board policy x b-1.0 reserved=-", "expected '<map> policy <ordinal> <name> ...'")]
    public void Malformed_split_lines_say_what_is_wrong(string line, string message)
    {
        var read = BaselineReader.Read(Empty + line);
        Assert.Equal(message, Assert.Single(read.Problems).Message);
    }

    [Theory]
    [InlineData("-", "Hole", "Hole")]
    [InlineData("Hole,PciHole64", "PciHole64", "Hole")]
    [InlineData("Hole,PciHole64", "PciHole64,Hole", null)]
    public void A_versions_list_changes_by_the_region_added_or_dropped(string was, string now, string? cause) =>
        Assert.Equal(cause, SplitComparer.Cause(was, now));

    [Fact]
    public Task Unchanged_banked_map_is_clean() => CompatTest.VerifyAsync(Banked, Baseline, Empty);

    [Fact]
    public Task Changed_large_ram_limit_is_reported_on_it() => CompatTest.VerifyAsync(
        Banked.Replace("LargeRamLimit = 2 * GiB", "{|#0:LargeRamLimit = 1536 * MiB|}"),
        Baseline,
        Empty,
        CompatTest.Diagnostic("MMG0117").WithLocation(0).WithLocation(CompatTest.Shipped, LineOf("Board bank LowRam"), 1)
            .WithMessage("RAM bank 'LowRam' shipped with LargeRamLimit 0x8000_0000, now 0x6000_0000: the map of shipped machine versions changes"));

    [Fact]
    public Task Changed_relocation_is_reported_on_it() => CompatTest.VerifyAsync(
        Banked.Replace("RelocatePast = Hole, ", string.Empty).Replace("[RamBank(4 * GiB,", "[{|#0:RamBank(4 * GiB,").Replace("MaxSlots = 256)]", "MaxSlots = 256)|}]"),
        Baseline,
        Empty,
        CompatTest.Diagnostic("MMG0117").WithLocation(0).WithLocation(CompatTest.Shipped, LineOf("Board bank HighRam"), 1)
            .WithArguments("RAM bank", "HighRam", "RelocatePast", "Hole", "-"));

    [Fact]
    public Task Moved_reserved_window_is_reported_on_its_base() => CompatTest.VerifyAsync(
        Banked.Replace("[Reserved(0xFD_0000_0000,", "[Reserved({|#0:0xFC_0000_0000|},"),
        Baseline,
        Empty,
        CompatTest.Diagnostic("MMG0117").WithLocation(0).WithLocation(CompatTest.Shipped, LineOf("Board reserved Hole"), 1)
            .WithArguments("Reserved window", "Hole", "base", "0xFD_0000_0000", "0xFC_0000_0000"));

    [Fact]
    public Task Gap_ending_elsewhere_is_reported_on_before() => CompatTest.VerifyAsync(
        Banked.Replace("Before = IoApic", "{|#0:Before = MmConfig|}"),
        Baseline,
        Empty,
        CompatTest.Diagnostic("MMG0117").WithLocation(0).WithLocation(CompatTest.Shipped, LineOf("Board gap PciHole"), 1)
            .WithArguments("Gap", "PciHole", "Before", "IoApic", "MmConfig"));

    [Fact]
    public Task Resized_window_is_reported_on_its_size() => CompatTest.VerifyAsync(
        Banked.Replace("[Window(32 * GiB,", "[Window({|#0:64 * GiB|},"),
        Baseline,
        Empty,
        CompatTest.Diagnostic("MMG0117").WithLocation(0).WithLocation(CompatTest.Shipped, LineOf("Board window PciHole64"), 1)
            .WithArguments("Window", "PciHole64", "size", "0x8_0000_0000", "0x10_0000_0000"));

    [Fact]
    public Task Reserved_window_avoided_by_an_older_version_is_reported_on_since() => CompatTest.VerifyAsync(
        Banked.Replace("Since = BoardVersion.V2_0)] Hole", "{|#0:Since = BoardVersion.V1_0|})] Hole"),
        Baseline,
        Empty,
        CompatTest.Diagnostic("MMG0118").WithLocation(0).WithLocation(CompatTest.Shipped, LineOf("Board policy 0"), 1)
            .WithMessage("Machine version 'b-1.0' shipped with reserved windows avoided: none, now Hole: its guests find a different map"));

    [Fact]
    public Task Window_advertised_later_is_reported_on_advertised_since() => CompatTest.VerifyAsync(
        Banked.Replace("[MachineVersion(\"b-2.0\")] V2_0,", "[MachineVersion(\"b-2.0\")] V2_0,\n    [MachineVersion(\"b-3.0\")] {|#1:V3_0|},")
            .Replace("AdvertisedSince = BoardVersion.V2_0", "{|#0:AdvertisedSince = BoardVersion.V3_0|}"),
        Baseline,
        Empty,
        CompatTest.Diagnostic("MMG0118").WithLocation(0).WithLocation(CompatTest.Shipped, LineOf("Board policy 1"), 1)
            .WithArguments("b-2.0", "windows advertised:", "PciHole64", "none"),
        CompatTest.Diagnostic("MMG0112").WithLocation(1).WithArguments("The split flags of machine version 'b-3.0'", "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt"),
        CompatTest.Diagnostic("MMG0112").WithLocation(1).WithArguments("Machine version 'b-3.0'", "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt"));

    [Fact]
    public Task Earlier_32_bit_check_is_reported_on_check_guest_32_bit_since() => CompatTest.VerifyAsync(
        Banked.Replace("CheckGuest32BitSince = BoardVersion.V2_0", "{|#0:CheckGuest32BitSince = BoardVersion.V1_0|}"),
        Baseline,
        Empty,
        CompatTest.Diagnostic("MMG0118").WithLocation(0).WithLocation(CompatTest.Shipped, LineOf("Board policy 0"), 1)
            .WithArguments("b-1.0", "the 32-bit guest check", "off", "on"));

    [Fact]
    public Task Removed_window_is_reported_on_the_map() => CompatTest.VerifyAsync(
        Banked.Replace("public enum Board\n", "public enum {|#0:Board|}\n").Replace("[Window(32 * GiB, Alignment = 1 * GiB, AdvertisedSince = BoardVersion.V2_0)] PciHole64,", string.Empty),
        Baseline,
        Empty,
        CompatTest.Diagnostic("MMG0117").WithLocation(0).WithLocation(CompatTest.Shipped, LineOf("Board window PciHole64"), 1)
            .WithArguments("Window", "PciHole64", "its declaration", "size=0x8_0000_0000 align=0x4000_0000 advertised=b-2.0 guest64=on", "it is gone"));

    [Fact]
    public Task Baseline_from_before_split_facts_asks_to_record_them()
    {
        // A baseline written before banks were recorded stays valid: its lines still match, the new facts are MMG0112.
        var old = string.Join("\n", Baseline.Split('\n').Where(l => !new[] { " bank ", " reserved ", " gap ", " window ", " guest32 ", " policy " }.Any(l.Contains)));
        var unrecorded = "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt";
        var source = Banked
            .Replace("] V1_0,", "] {|#0:V1_0|},").Replace("] V2_0,", "] {|#1:V2_0|},")
            .Replace("CheckGuest32BitSince = BoardVersion.V2_0", "{|#2:CheckGuest32BitSince = BoardVersion.V2_0|}")
            .Replace("LargeRamLimit = 2 * GiB)]", "LargeRamLimit = 2 * GiB)|}]").Replace("[RamBank(0x0,", "[{|#3:RamBank(0x0,")
            .Replace("MaxSlots = 256)]", "MaxSlots = 256)|}]").Replace("[RamBank(4 * GiB,", "[{|#4:RamBank(4 * GiB,")
            .Replace("[Reserved(0xFD_0000_0000, 12 * GiB, Since = BoardVersion.V2_0)]", "[{|#5:Reserved(0xFD_0000_0000, 12 * GiB, Since = BoardVersion.V2_0)|}]")
            .Replace("[Gap(After = LowRam, Before = IoApic)]", "[{|#6:Gap(After = LowRam, Before = IoApic)|}]")
            .Replace("[Window(32 * GiB, Alignment = 1 * GiB, AdvertisedSince = BoardVersion.V2_0)]", "[{|#7:Window(32 * GiB, Alignment = 1 * GiB, AdvertisedSince = BoardVersion.V2_0)|}]");
        return CompatTest.VerifyAsync(
            source,
            old,
            Empty,
            CompatTest.Diagnostic("MMG0112").WithLocation(0).WithArguments("The split flags of machine version 'b-1.0'", unrecorded),
            CompatTest.Diagnostic("MMG0112").WithLocation(1).WithArguments("The split flags of machine version 'b-2.0'", unrecorded),
            CompatTest.Diagnostic("MMG0112").WithLocation(2).WithArguments("The 32-bit guest check (CheckGuest32BitSince)", unrecorded),
            CompatTest.Diagnostic("MMG0112").WithLocation(3).WithArguments("RAM bank 'LowRam'", unrecorded),
            CompatTest.Diagnostic("MMG0112").WithLocation(4).WithArguments("RAM bank 'HighRam'", unrecorded),
            CompatTest.Diagnostic("MMG0112").WithLocation(5).WithArguments("Reserved window 'Hole'", unrecorded),
            CompatTest.Diagnostic("MMG0112").WithLocation(6).WithArguments("Gap 'PciHole'", unrecorded),
            CompatTest.Diagnostic("MMG0112").WithLocation(7).WithArguments("Window 'PciHole64'", unrecorded));
    }
}
