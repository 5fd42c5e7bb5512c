using System.Diagnostics;
using System.Linq;
using MemmapGen.Fuzz.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Fuzz.Tests;

/// <summary>
/// Defects the fuzzer found that are not fixed yet, as minimal repros. The fuzzer's generators avoid these shapes so that
/// it stays green; remove the Skip (and the restriction in the generators named in each reason) once fixed.
/// </summary>
public sealed class KnownIssueTests
{
    private const string Board = "[Fixed(0x1000, 0x1000)] Uart, [Ram(0x4000_0000)] Dram, [Floating(0x10_0000)] Ecam,";

    [Theory(Skip = "TypeName equal to a member of the companion (Get, Layout, PlanOptions, ...) is accepted but the companion declares a member named like itself (CS0542). Names.TypeNames avoids them.")]
    [InlineData("Get")]
    [InlineData("Layout")]
    [InlineData("PlanOptions")]
    [InlineData("FloatingBuffer")]
    [InlineData("TryFind")]
    public void TypeName_equal_to_a_generated_member(string typeName)
    {
        var run = Snippet.Run(Snippet.Usings + "[MemoryMap(TypeName = \"" + typeName + "\")] public enum R { " + Board + " }");
        Assert.True(run.AcceptedOnlyIfItCompiles, string.Join("\n", run.Compiled));
    }

    [Theory(Skip = "A contextual keyword as TypeName is accepted, but no type may be called file, scoped, required (CS9056, CS9062, CS9029), one called var breaks the companion's own out var declarations (CS0723) and record draws CS8860. DeclarationMutations.MapArguments avoids it.")]
    [InlineData("record")]
    [InlineData("file")]
    [InlineData("scoped")]
    [InlineData("required")]
    [InlineData("var")]
    public void TypeName_that_is_a_keyword(string typeName)
    {
        var run = Snippet.Run(Snippet.Usings + "[MemoryMap(TypeName = \"" + typeName + "\")] public enum R { " + Board + " }");
        Assert.True(run.AcceptedOnlyIfItCompiles, string.Join("\n", run.Compiled));
    }

    [Fact(Skip = "A half-typed member (no name yet) is emitted with an empty identifier, so the companion adds errors of its own (CS1001, CS1519, ...) to the compiler's one; the README promises a companion that compiles.")]
    public void Half_typed_member_adds_no_error_in_generated_code()
    {
        var run = Snippet.Run(Snippet.Usings + "[MemoryMap] public enum R { [Fixed(0x1000, 0x1000)] Uart, [Fixed(0x2000, 0x1000)] }");
        Assert.DoesNotContain(run.Errors, d => Compiler.IsGenerated(d.Location));
    }

    [Fact(Skip = "The compat insertion prover enumerates raised sizes of every resizable region as a product (up to ~48 sizes each) times 2^min(n,16) flag combinations: this map takes about 10 s with one resizable region, ~48 times longer per further one. ValidMaps.AddFloating caps resizable regions.")]
    public void Insertion_check_with_several_resizable_regions_finishes()
    {
        // 16 shipped floating regions, one of them resizable, one large alignment, and one region appended after them all.
        var map = "namespace B; [MemoryMap] public enum M { [Ram(0)] R, [Floating(1UL << 58)] Big, [Floating(0x1000, Resizable = true)] A, "
            + string.Concat(Enumerable.Range(0, 14).Select(i => $"[Floating(0x1000)] F{i}, ")) + "[Floating(0x1000)] New, }";
        var shipped = "#MemoryLayout v1\nB.M ram R base=0x0 window=0x0 devalign=0x0 slot=0x0\n"
            + "B.M floating 0 Big size=0x400_0000_0000_0000 align=0x400_0000_0000_0000\nB.M floating 1 A size=0x1000 align=0x1000 resizable\n"
            + string.Concat(Enumerable.Range(0, 14).Select(i => $"B.M floating {i + 2} F{i} size=0x1000 align=0x1000\n"));
        var time = Stopwatch.StartNew();
        Snippet.Run(Snippet.Usings + map, new CaseFile("MemoryLayout.Shipped.txt", shipped));
        Assert.True(time.Elapsed.TotalSeconds < 2, $"analysis took {time.Elapsed.TotalSeconds:0} s");
    }

    [Fact(Skip = "Two [MemoryMap] enums with the same full name (the compiler's CS0101, e.g. while copying a declaration) get the same hint name: AddSource throws, the driver reports CS8785 and every map of the project loses its companion. StructureMutations.Duplicates avoids it.")]
    public void Duplicate_enum_declaration_does_not_crash_the_generator()
    {
        const string Map = "namespace B; [MemoryMap] public enum M { [Fixed(0x1000, 0x1000)] Uart }";
        var run = Snippet.Run(new[] { Snippet.Usings + Map, Snippet.Usings + Map });
        Assert.False(run.Generator.Failed, string.Join("\n", run.Generator.Exceptions));
    }
}
