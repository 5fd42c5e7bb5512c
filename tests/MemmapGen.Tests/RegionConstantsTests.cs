using System.Linq;
using MemmapGen.Generator.Model;
using MemmapGen.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>
/// Named per-region members (<c>Uart</c>, <c>UartBase</c>, <c>UartSize</c>, <c>UartLast</c>): on for maps up to
/// <see cref="MapSpec.RegionConstantsLimit"/> members, off above, and <c>RegionConstants</c> decides either way.
/// </summary>
public sealed class RegionConstantsTests
{
    private static string Pages(int count, string arguments = "") =>
        Maps.Usings + "[MemoryMap(" + arguments + ")] public enum Pages {\n"
        + string.Join("\n", Enumerable.Range(0, count).Select(i => $"[Fixed(0x{(ulong)i * 0x1000:X}, 0x1000)] P{i},")) + "\n}";

    [Fact]
    public void Small_maps_name_every_region()
    {
        var result = GeneratorHarness.Run(Pages(3));
        Assert.Contains("public const ulong P2Base = 0x0000_2000UL, P2Size = 0x0000_1000UL, P2Last = 0x0000_2FFFUL;", result.Source("Pages.Memmap.g.cs"));
        Assert.Contains("public static global::MemmapGen.MemRange P2 => Get(global::Pages.P2);", result.Source("Pages.Memmap.g.cs"));
        Assert.Empty(result.AllDiagnostics);
    }

    [Fact]
    public void Large_maps_leave_them_out_unless_asked()
    {
        var large = GeneratorHarness.Run(Pages(MapSpec.RegionConstantsLimit + 1));
        Assert.DoesNotContain("P2Base", large.Source("Pages.Memmap.g.cs"));
        Assert.Empty(large.AllDiagnostics);

        var asked = GeneratorHarness.Run(Pages(MapSpec.RegionConstantsLimit + 1, "RegionConstants = true"));
        Assert.Contains("P1024Base = 0x0040_0000UL", asked.Source("Pages.Memmap.g.cs"));
        Assert.Empty(asked.AllDiagnostics);
    }

    [Fact]
    public void A_small_map_can_leave_them_out()
    {
        var result = GeneratorHarness.Run(Pages(3, "RegionConstants = false"));
        var text = result.Source("Pages.Memmap.g.cs");
        Assert.DoesNotContain("P2Base", text);
        Assert.Contains("public static global::MemmapGen.MemRange Get(global::Pages region)", text);
        Assert.Contains("MemoryMarshal.Cast<char, ulong>", text); // the packed tables that go with unnamed regions
        Assert.Empty(result.AllDiagnostics);
    }

    [Fact]
    public void A_non_constant_setting_keeps_the_default_and_the_compiler_error()
    {
        var result = GeneratorHarness.Run(Pages(3, "RegionConstants = System.DateTime.Now.Second > 1"));
        Assert.Contains("P2Base", result.Source("Pages.Memmap.g.cs"));
        Assert.Contains(result.AllDiagnostics, d => d.Id == "CS0182");
    }
}
