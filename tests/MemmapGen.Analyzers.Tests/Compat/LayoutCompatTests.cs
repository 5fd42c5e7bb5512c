using System.Threading.Tasks;
using MemmapGen.Generator.Baseline;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Compat;

/// <summary>MMG0101-MMG0116: the declarations against a shipped baseline.</summary>
public sealed class LayoutCompatTests
{
    private const string Versions = """
        public enum VirtVersion
        {
            [MachineVersion("virt-7.1", Layout = FloatingLayout.Legacy)] V7_1,
            [MachineVersion("virt-7.2")] V7_2,
        }

        """;

    /// <summary>The shipped map: a versioned virt-like map, also the base of the compat rule-coverage cases.</summary>
    internal const string Shipped = Versions + """
        [MemoryMap(Versions = typeof(VirtVersion))]
        public enum Virt
        {
            [Fixed(0x0900_0000, 0x1000)] Uart,
            [Ram(1 * GiB, LegacyLimit = 255 * GiB, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB)] Mem,
            [Floating(64 * MiB)] Redist2,
            [Floating(256 * MiB)] Ecam,
            [Floating(512 * GiB, Resizable = true)] Mmio,
        }
        """;

    private static readonly string ShippedBaseline = CompatTest.BaselineOf(Shipped);

    [Fact]
    public Task Unchanged_map_is_clean() => CompatTest.VerifyAsync(Shipped, ShippedBaseline, "#MemoryLayout v1\n");

    [Fact]
    public Task No_baseline_says_how_to_start() => CompatTest.VerifyAsync(
        "[MemoryMap] public enum {|#0:Board|} { [Fixed(0, 1)] Rom }",
        null,
        null,
        CompatTest.Diagnostic("MMG0116").WithLocation(0).WithArguments("Board"));

    [Fact]
    public Task Shipping_build_reports_nothing()
    {
        // ShipMemoryLayout's build sets the property the generator emits baseline lines for; it records a new baseline.
        var test = CompatTest.Create("[MemoryMap] public enum Board { [Fixed(0, 1)] Rom }", null);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + EmitBaselineProperty.Key + " = true\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Moved_fixed_region_is_reported_on_its_base() => CompatTest.VerifyAsync(
        Shipped.Replace("[Fixed(0x0900_0000, 0x1000)] Uart", "[Fixed({|#0:0x0900_1000|}, 0x1000)] Uart"),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0106").WithLocation(0).WithLocation(CompatTest.Shipped, 3, 1)
            .WithMessage("Fixed region 'Uart' shipped as [0x0900_0000, 0x0900_0FFF], now [0x0900_1000, 0x0900_1FFF]"));

    [Fact]
    public Task Removed_fixed_region_is_reported() => CompatTest.VerifyAsync(
        Shipped.Replace("public enum Virt\n", "public enum {|#0:Virt|}\n").Replace("[Fixed(0x0900_0000, 0x1000)] Uart,", string.Empty),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0107").WithLocation(0).WithLocation(CompatTest.Shipped, 3, 1).WithArguments("Uart", "[0x0900_0000, 0x0900_0FFF]"));

    [Fact]
    public Task Resized_floating_region_is_reported_on_its_size() => CompatTest.VerifyAsync(
        Shipped.Replace("[Floating(256 * MiB)] Ecam", "[Floating({|#0:128 * MiB|})] Ecam"),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0102").WithLocation(0).WithLocation(CompatTest.Shipped, 5, 1)
            .WithArguments("Ecam", "size 0x1000_0000 (256 MiB), alignment 0x1000_0000", "size 0x0800_0000 (128 MiB), alignment 0x0800_0000"));

    [Fact]
    public Task Reordered_floating_regions_are_reported_once() => CompatTest.VerifyAsync(
        Shipped.Replace("[Floating(64 * MiB)] Redist2,\n    [Floating(256 * MiB)] Ecam,", "[{|#0:Floating(256 * MiB)|}] Ecam,\n    [Floating(64 * MiB)] Redist2,"),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0101").WithLocation(0).WithArguments("Ecam", "Redist2"));

    [Fact]
    public Task Removed_floating_region_is_reported() => CompatTest.VerifyAsync(
        Shipped.Replace("public enum Virt\n", "public enum {|#0:Virt|}\n").Replace("[Floating(64 * MiB)] Redist2,", "[Floating(64 * MiB)] Redist2,\n    ").Replace("[Floating(256 * MiB)] Ecam,", string.Empty),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0103").WithLocation(0).WithLocation(CompatTest.Shipped, 5, 1)
            .WithArguments("Ecam", "size 0x1000_0000 (256 MiB), alignment 0x1000_0000", "declared"));

    [Fact]
    public Task Renamed_floating_region_is_a_rename_not_a_removal() => CompatTest.VerifyAsync(
        Shipped.Replace("[Floating(256 * MiB)] Ecam", "[{|#0:Floating(256 * MiB)|}] HighEcam"),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0105").WithLocation(0).WithLocation(CompatTest.Shipped, 5, 1).WithArguments("HighEcam", "Ecam", 1));

    [Fact]
    public Task Inserting_between_shipped_regions_reports_a_witness()
    {
        var source = Shipped.Replace("[Floating(256 * MiB)] Ecam", "[{|#0:Floating(1 * MiB)|}] CxlHost,\n    [Floating(256 * MiB)] Ecam");
        return CompatTest.VerifyAsync(
            source,
            ShippedBaseline,
            "#MemoryLayout v1\nVirt floating 1 CxlHost size=0x0010_0000 align=0x0010_0000\n",
            CompatTest.Diagnostic("MMG0104").WithLocation(0).WithMessage(
                "Inserting floating region 'CxlHost' moves shipped regions of machine version 'virt-7.1': compact layout, "
                + "Redist2=off, CxlHost=on, Ecam=on, Mmio=on, Mmio size 0x80_0000_0000, RAM size 0x4000_0000 (1 GiB), floating area at 0x40_0000_0000: "
                + "'Ecam' moves from 0x40_0000_0000 to 0x40_1000_0000. Introduce it in a new machine version (Since) or declare it after the last shipped floating region."));
    }

    [Fact]
    public Task Inserting_a_region_introduced_by_a_new_version_passes()
    {
        var source = Shipped
            .Replace("[MachineVersion(\"virt-7.2\")] V7_2,", "[MachineVersion(\"virt-7.2\")] V7_2,\n    [MachineVersion(\"virt-8.0\")] {|#1:V8_0|},")
            .Replace("[Floating(256 * MiB)] Ecam", "[{|#0:Floating(1 * MiB, Since = VirtVersion.V8_0)|}] CxlHost,\n    [Floating(256 * MiB)] Ecam");
        return CompatTest.VerifyAsync(
            source,
            ShippedBaseline,
            null,
            CompatTest.Diagnostic("MMG0112").WithLocation(1).WithArguments("Machine version 'virt-8.0'", "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt"),
            CompatTest.Diagnostic("MMG0112").WithLocation(0).WithArguments("Floating region 'CxlHost'", "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt"));
    }

    [Fact]
    public Task Appending_after_the_last_shipped_region_passes() => CompatTest.VerifyAsync(
        Shipped.Replace("[Floating(512 * GiB, Resizable = true)] Mmio,", "[Floating(512 * GiB, Resizable = true)] Mmio,\n    [{|#0:Floating(1 * TiB)|}] Extra,"),
        ShippedBaseline,
        "#MemoryLayout v1\n",
        CompatTest.Diagnostic("MMG0112").WithLocation(0).WithArguments("Floating region 'Extra'", "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt"));

    [Fact]
    public Task Recorded_in_unshipped_is_quiet() => CompatTest.VerifyAsync(
        Shipped.Replace("[Floating(512 * GiB, Resizable = true)] Mmio,", "[Floating(512 * GiB, Resizable = true)] Mmio,\n    [Floating(1 * TiB)] Extra,"),
        ShippedBaseline,
        "#MemoryLayout v1\nVirt floating 3 Extra size=0x100_0000_0000 align=0x100_0000_0000\n");

    [Fact]
    public Task Changed_version_layout_is_reported_on_the_version() => CompatTest.VerifyAsync(
        Shipped.Replace("[MachineVersion(\"virt-7.1\", Layout = FloatingLayout.Legacy)] V7_1", "[MachineVersion(\"virt-7.1\")] {|#0:V7_1|}"),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0109").WithLocation(0).WithLocation(CompatTest.Shipped, 7, 1).WithArguments("virt-7.1", "legacy", "compact"));

    [Fact]
    public Task Changed_default_is_reported() => CompatTest.VerifyAsync(
        Shipped.Replace("[Floating(256 * MiB)] Ecam", "[Floating(256 * MiB, {|#0:EnabledSince = VirtVersion.V7_2|})] Ecam"),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0110").WithLocation(0).WithLocation(CompatTest.Shipped, 7, 1).WithArguments("virt-7.1", "Ecam", "requested", "does not request"));

    [Fact]
    public Task Removed_version_is_reported() => CompatTest.VerifyAsync(
        Shipped.Replace("[MachineVersion(\"virt-7.1\", Layout = FloatingLayout.Legacy)] V7_1,", string.Empty).Replace("Versions = typeof(VirtVersion)", "{|#0:Versions = typeof(VirtVersion)|}"),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0111").WithLocation(0).WithLocation(CompatTest.Shipped, 7, 1).WithArguments("virt-7.1"));

    [Fact]
    public Task Changed_ram_policy_is_reported() => CompatTest.VerifyAsync(
        Shipped.Replace("DeviceMemoryAlignment = 1 * GiB", "DeviceMemoryAlignment = 256 * MiB").Replace("[Ram(", "[{|#0:Ram(").Replace("SlotSize = 1 * GiB)]", "SlotSize = 1 * GiB)|}]"),
        ShippedBaseline,
        null,
        CompatTest.Diagnostic("MMG0108").WithLocation(0).WithLocation(CompatTest.Shipped, 2, 1).WithArguments(
            "Mem",
            "base 0x4000_0000, window 0x3F_C000_0000, device-memory alignment 0x4000_0000, slot size 0x4000_0000",
            "base 0x4000_0000, window 0x3F_C000_0000, device-memory alignment 0x1000_0000, slot size 0x4000_0000"));

    [Fact]
    public Task Malformed_and_duplicate_lines_are_reported_on_their_line() => CompatTest.VerifyAsync(
        Shipped,
        ShippedBaseline + "Virt fixed Uart base=0x0900_0000 size=0x1000\nVirt floating x Broken\nVirt fixed Rtc base=zero size=0x10\n",
        null,
        CompatTest.Diagnostic("MMG0114").WithSpan(CompatTest.Shipped, 9, 1, 9, 45).WithArguments("Virt fixed Uart", 3, CompatTest.Shipped),
        CompatTest.Diagnostic("MMG0113").WithSpan(CompatTest.Shipped, 10, 1, 10, 23).WithArguments("MemoryLayout.Shipped.txt: expected '<map> floating <ordinal> <name> ...'"),
        CompatTest.Diagnostic("MMG0113").WithSpan(CompatTest.Shipped, 11, 1, 11, 35).WithArguments("MemoryLayout.Shipped.txt: 'base=zero' is not a number below 2^64"));

    [Fact]
    public Task Baseline_of_a_map_that_no_longer_exists_is_orphaned() => CompatTest.VerifyAsync(
        Shipped,
        ShippedBaseline + "Gone fixed Rom base=0 size=0x1000\n",
        null,
        CompatTest.Diagnostic("MMG0115").WithSpan(CompatTest.Shipped, 9, 1, 9, 34).WithArguments("Gone"));
}
