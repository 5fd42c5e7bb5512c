using System;
using System.Linq;
using System.Reflection;
using MemmapGen.Generator.Emitting;
using MemmapGen.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>
/// The lookups by value (<c>OrdinalOf</c>, <c>KindOf</c>, <c>Get</c>, <c>Layout.Get</c>, <c>Format</c>) in each of their
/// generated forms: values that are the ordinals (arithmetic), explicit values in a small map (a switch), explicit values
/// in a large map (a binary search), and the loop planner's placement lookup. Each map is compiled and run.
/// </summary>
public sealed class LookupFormTests
{
    /// <summary>A map of <paramref name="fixedCount"/> 4 KiB pages and <paramref name="floating"/> floating regions; member i has value <c>value(i)</c>.</summary>
    private static string Map(int fixedCount, int floating, Func<int, long>? value = null)
    {
        string Value(int i) => value is null ? string.Empty : " = " + value(i);
        var members = Enumerable.Range(0, fixedCount).Select(i => $"[Fixed(0x{(ulong)i * 0x1000:X}, 0x1000)] P{i}{Value(i)},")
            .Append($"[Ram(0x4000_0000)] Mem{Value(fixedCount)},")
            .Concat(Enumerable.Range(0, floating).Select(i => $"[Floating(0x{1UL << (i % 8 + 20):X})] F{i}{Value(fixedCount + 1 + i)},"));
        return Maps.Usings + "[MemoryMap(TypeName = \"BigMap\")] public enum Big : long {\n" + string.Join("\n", members) + "\n}";
    }

    /// <summary>Checks every member's lookups against the declaration, plans once and checks Layout.Get against Format.</summary>
    private static string Probe(int count) => $$"""
        var sb = new System.Text.StringBuilder();
        var layout = BigMap.Plan(new BigMap.PlanOptions { RamSize = 1 * GiB, PhysAddrBits = 48 });
        var text = layout.Format();
        for (int i = 0; i < BigMap.RegionCount; i++)
        {
            var r = BigMap.FromOrdinal(i);
            if (BigMap.OrdinalOf(r) != i) sb.Append("ordinal " + i + ";");
            var kind = BigMap.KindOf(r);
            var range = BigMap.Get(r);
            var placed = layout.Get(r);
            switch (kind)
            {
                case RegionKind.Fixed:
                    if (range.Base != (ulong)i * 0x1000 || range.Size != 0x1000 || placed.Base != range.Base || !placed.Enabled) sb.Append("fixed " + i + ";");
                    if (!BigMap.TryFind(range.Base + 0x800, out var found) || found != r || BigMap.Bases[i] != range.Base || BigMap.Sizes[i] != 0x1000) sb.Append("find " + i + ";");
                    break;
                case RegionKind.Ram:
                    if (range.Base != 0x4000_0000 || placed.Size != 1 * GiB) sb.Append("ram;");
                    break;
                case RegionKind.Floating:
                    if (range.Size != 0 || placed.Size != 1UL << ((i - {{count}} - 1) % 8 + 20) || placed.Base % placed.Size != 0 || !placed.Enabled) sb.Append("floating " + i + ";");
                    if (!text.Contains(placed.Base.ToString("x16") + "-" + placed.Range.Last.ToString("x16") + " : " + r)) sb.Append("format " + i + ";");
                    break;
                default:
                    sb.Append("kind " + i + ";");
                    break;
            }
        }

        if (BigMap.KindOf((Big)(-1_000_001)) != RegionKind.None || BigMap.OrdinalOf((Big)(-1_000_001)) != -1 || BigMap.Get((Big)(-1_000_001)).Size != 0) sb.Append("outside;");
        if (!text.Contains(" : P0\n") || !text.Contains(" : Mem\n")) sb.Append("format;");
        return sb.Length == 0 ? "ok" : sb.ToString();
        """;

    private static (string Result, string Source) Run(string map, int fixedCount)
    {
        var probe = "public static class Probe { public static string Run() { " + Probe(fixedCount) + " } }";
        var result = GeneratorHarness.Run(map, Maps.Usings + probe);
        var assembly = result.Load();
        var text = (string)assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        return (text, result.Source("Big.Memmap.g.cs"));
    }

    [Fact]
    public void Values_that_are_ordinals_are_looked_up_by_arithmetic()
    {
        var (result, source) = Run(Map(20, 3), 20);
        Assert.Equal("ok", result);
        Assert.Contains("(ulong)(long)region < 24UL ? (int)region : -1", source);
    }

    [Fact]
    public void Explicit_values_in_a_small_map_are_looked_up_by_a_switch()
    {
        var (result, source) = Run(Map(20, 3, i => 3 * i - 10), 20);
        Assert.Equal("ok", result);
        Assert.Contains("case global::Big.P0: return 0;", source);
        Assert.DoesNotContain("SortedValues", source);
    }

    [Fact]
    public void Explicit_values_in_a_large_map_are_looked_up_by_binary_search()
    {
        // Descending, negative and sparse: the search table must be sorted by value, not by declaration.
        var count = IndexEmitter.SwitchLimit + 40;
        var (result, source) = Run(Map(count, 3, i => 1_000_000L - (7L * i)), count);
        Assert.Equal("ok", result);
        Assert.Contains("SortedValues", source);
        Assert.DoesNotContain("switch (region)", source);
    }

    [Fact]
    public void Large_maps_pack_their_tables_into_string_literals()
    {
        // Above RegionConstantsLimit members the tables are one string literal each (one token for the compiler).
        var count = MemmapGen.Generator.Model.MapSpec.RegionConstantsLimit + 100;
        var (result, source) = Run(Map(count, 3), count);
        Assert.Equal("ok", result);
        Assert.Contains("MemoryMarshal.Cast<char, ulong>", source);
        Assert.DoesNotContain("public static global::System.ReadOnlySpan<ulong> Bases => new ulong[]", source);
    }

    [Fact]
    public void Loop_planner_places_and_formats_every_floating_region()
    {
        var (result, source) = Run(Map(10, EmitContext.StraightLineLimit + 8), 10);
        Assert.Equal("ok", result);
        Assert.Contains("FloatingOrdinals", source);
    }
}
