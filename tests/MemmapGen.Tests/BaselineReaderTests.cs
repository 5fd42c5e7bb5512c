using System.Linq;
using MemmapGen.Generator.Baseline;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>One baseline line read into an entry, or refused with a message; never an exception.</summary>
public class BaselineReaderTests
{
    [Fact]
    public void Reads_each_kind_of_line()
    {
        Assert.Equal(
            new BaselineEntry("V.M", BaselineKind.Fixed, -1, "Uart", Base: 0x0900_0000, Size: 0x1000),
            Read("V.M fixed Uart base=0x0900_0000 size=0x1000"));
        Assert.Equal(
            new BaselineEntry("V.M", BaselineKind.Ram, -1, "Mem", 0x4000_0000, 0xFF_0000_0000, 0x4000_0000, 0x4000_0000),
            Read("V.M ram Mem base=0x4000_0000 window=0xFF_0000_0000 devalign=0x4000_0000 slot=0x4000_0000"));
        Assert.Equal(
            new BaselineEntry("V.M", BaselineKind.Floating, 2, "Mmio", Size: 0x80_0000_0000, Alignment: 0x80_0000_0000, Extra: 1),
            Read("V.M floating 2 Mmio size=0x80_0000_0000 align=0x80_0000_0000 resizable"));
        Assert.Equal(
            new BaselineEntry("V.M", BaselineKind.Version, 0, "V2_12", IsLegacy: true, Regions: "Redist2,Ecam:off"),
            Read("V.M version 0 V2_12 layout=legacy regions=Redist2,Ecam:off"));
    }

    [Fact]
    public void Fields_may_come_in_any_order_and_flags_anywhere()
    {
        Assert.Equal(
            new BaselineEntry("V.M", BaselineKind.Floating, 0, "Mmio", Size: 0x1000, Alignment: 0x2000, Extra: 1),
            Read("V.M\tfloating 0 Mmio resizable   align=0x2000 size=4096"));
    }

    [Theory]
    [InlineData("V.M fixed Uart base=0x1000 size=0x1000 base=0x2000", "'base' is given twice")]
    [InlineData("V.M fixed Uart base=0x1000", "missing 'size='")]
    [InlineData("V.M fixed Uart base=0x1000 size=1x", "'size=1x' is not a number below 2^64")]
    [InlineData("V.M fixed Uart base=0x1000 size=0x1_0000_0000_0000_0000", "'size=0x1_0000_0000_0000_0000' is not a number below 2^64")]
    [InlineData("V.M fixed Uart base=0x1000 sizes=0x1000", "missing 'size='")]
    [InlineData("V.M floating x Mmio size=0x1000 align=0x1000", "expected '<map> floating <ordinal> <name> ...'")]
    [InlineData("V.M version 0 V1 layout=sideways regions=A", "expected layout=legacy or layout=compact")]
    [InlineData("V.M version 0 V1 layout=compact", "expected regions=<region>[:off],...")]
    [InlineData("V.M gizmo Uart", "unknown kind 'gizmo'; expected ram, fixed, floating, version, bank, reserved, gap, window, guest32 or policy")]
    [InlineData("V.M fixed", "expected '<map> <ram|fixed|floating|version> ...'")]
    public void Refuses_a_malformed_line_with_a_reason(string row, string message)
    {
        Assert.False(BaselineReader.TryParse(row, out var entry, out var error));
        Assert.Null(entry);
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_flag_and_a_field_of_one_name_are_not_a_duplicate()
    {
        Assert.Equal(
            new BaselineEntry("V.M", BaselineKind.Fixed, -1, "Uart", Base: 0x1000, Size: 0x1000),
            Read("V.M fixed Uart size base=0x1000 size=0x1000"));
    }

    [Fact]
    public void A_line_of_many_fields_finds_its_duplicate_and_stays_linear()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 100_000).Select(i => $"k{i}=1"));
        Assert.False(BaselineReader.TryParse("V.M fixed Uart " + fields + " k5=2", out _, out var error));
        Assert.Equal("'k5' is given twice", error);
        Assert.True(BaselineReader.TryParse("V.M fixed Uart base=0x1000 size=0x1000 " + fields, out _, out _));
    }

    private static BaselineEntry? Read(string row)
    {
        Assert.True(BaselineReader.TryParse(row, out var entry, out var error), error);
        return entry;
    }
}
