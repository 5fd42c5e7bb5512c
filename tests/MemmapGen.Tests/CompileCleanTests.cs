using System;
using System.Linq;
using MemmapGen.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>Generated code compiles without a warning under nullable and warnings-as-errors, whatever the region names.</summary>
public sealed class CompileCleanTests
{
    [Theory]
    [InlineData(nameof(Maps.Board))]
    [InlineData(nameof(Maps.Clashing))]
    [InlineData(nameof(Maps.FixedOnly))]
    [InlineData(nameof(Maps.Banked))]
    public void Generated_code_compiles_warning_free(string map)
    {
        var source = (string)typeof(Maps).GetField(map)!.GetValue(null)!;
        var result = GeneratorHarness.Run(source);
        Assert.NotEmpty(result.Generated);
        Assert.Empty(result.AllDiagnostics);
    }

    [Fact]
    public void Banked_map_lines_fit_in_the_width()
    {
        var generated = GeneratorHarness.Run(Maps.Banked).Source("BankedRegion.Memmap.g.cs");
        Assert.All(generated.Split('\n'), line => Assert.True(line.Length <= MemmapGen.Generator.Emitting.CodeWriter.MaxWidth, line));
    }

    [Fact]
    public void Large_map_uses_a_loop_planner_and_compiles()
    {
        var members = Enumerable.Range(0, 40).Select(i => $"[Floating(0x{1UL << (i % 20 + 12):X})] F{i},");
        var source = Maps.Usings + "[MemoryMap] public enum Big { [Ram(0)] R, " + string.Join("\n", members) + " }";
        var result = GeneratorHarness.Run(source);
        Assert.Contains("for (int i = 0; i < 40; i++)", result.Source("Big.Memmap.g.cs"));
        Assert.Empty(result.AllDiagnostics);
    }

    [Theory]
    [InlineData("internal enum BoardVersion", "internal static partial class BoardMap")]
    [InlineData("internal static class Versions { public enum BoardVersion", "internal static partial class BoardMap")]
    [InlineData("public enum BoardVersion", "public static partial class BoardMap")]
    public void A_public_map_with_less_visible_versions_gets_a_companion_as_visible_as_they_are(string versionEnum, string companion)
    {
        // The companion's members take and return versions: public with internal versions would not compile (CS0051).
        var nested = versionEnum.Contains("class", StringComparison.Ordinal);
        var source = Maps.Usings
            + versionEnum + " { [MachineVersion(\"b-1\")] V1 }" + (nested ? " }" : string.Empty)
            + "\n[MemoryMap(Versions = typeof(" + (nested ? "Versions." : string.Empty) + "BoardVersion))]\n"
            + "public enum Board { [Fixed(0, 0x1000)] Rom, [Ram(0x4000_0000)] Dram, [Floating(0x1000)] F }";
        var result = GeneratorHarness.Run(source);
        Assert.Empty(result.AllDiagnostics);
        Assert.Contains(companion, result.Source("Board.Memmap.g.cs"));
    }

    [Fact]
    public void Two_maps_in_one_namespace_compile_together()
    {
        var second = Maps.Usings + "namespace Boards; [MemoryMap] public enum Second { [Fixed(0, 1)] A, [Floating(16)] B }";
        var result = GeneratorHarness.Run(Maps.Board, second);
        Assert.Equal(2, result.Generated.Count);
        Assert.Empty(result.AllDiagnostics);
    }

    [Fact]
    public void Generated_code_carries_version_and_docs()
    {
        var text = GeneratorHarness.Run(Maps.Board).Source("BoardRegion.Memmap.g.cs");
        Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"MemmapGen\", \"" + MemmapGen.Generator.MemmapGenerator.Version + "\")]", text);
        Assert.Contains("/// <summary><see cref=\"global::Boards.BoardRegion.Uart\"/>: [0x0900_0000, 0x0900_0FFF] (4 KiB).</summary>", text);
    }
}
