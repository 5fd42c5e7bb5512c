using System.Linq;
using MemmapGen.Fuzz.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Fuzz.Tests;

/// <summary>
/// Defects the fuzzer found, as minimal repros, kept as regression tests now that they are fixed: unusable TypeNames
/// are refused (MMG0027) instead of generating a companion that cannot compile, a member still being typed gets no
/// generated members, the insertion prover searches lockstep states instead of every flag combination, and a second
/// enum of the same full name no longer fails the generator.
/// </summary>
public sealed class KnownIssueTests
{
    private const string Board = "[Fixed(0x1000, 0x1000)] Uart, [Ram(0x4000_0000)] Dram, [Floating(0x10_0000)] Ecam,";

    [Theory]
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

    [Theory]
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

    [Fact]
    public void Half_typed_member_adds_no_error_in_generated_code()
    {
        var run = Snippet.Run(Snippet.Usings + "[MemoryMap] public enum R { [Fixed(0x1000, 0x1000)] Uart, [Fixed(0x2000, 0x1000)] }");
        Assert.DoesNotContain(run.Errors, d => Compiler.IsGenerated(d.Location));
    }

    [Fact]
    public void Half_typed_version_adds_no_error_in_generated_code()
    {
        // Fuzz seed 5351: a version whose attribute is still being typed swallows the next member's name.
        var run = Snippet.Run(Snippet.Usings
            + "public enum V { [MachineVersion(\"v0\")] V0, [MachineVersion(\"v1\", Layout = FloatingLayout [MachineVersion(\"v2\")] V2, }\n"
            + "[MemoryMap(Versions = typeof(V))] public enum R { [Ram(0)] Dram, [Floating(0x1000, Since = V.V2)] F }");
        Assert.DoesNotContain(run.Errors, d => Compiler.IsGenerated(d.Location));
    }

    [Fact]
    public async System.Threading.Tasks.Task Insertion_check_with_several_resizable_regions_finishes()
    {
        // 16 shipped floating regions, one of them resizable, one large alignment, and one region appended after them all.
        var map = "namespace B; [MemoryMap] public enum M { [Ram(0)] R, [Floating(1UL << 58)] Big, [Floating(0x1000, Resizable = true)] A, "
            + string.Concat(Enumerable.Range(0, 14).Select(i => $"[Floating(0x1000)] F{i}, ")) + "[Floating(0x1000)] New, }";
        var shipped = "#MemoryLayout v1\nB.M ram R base=0x0 window=0x0 devalign=0x0 slot=0x0\n"
            + "B.M floating 0 Big size=0x400_0000_0000_0000 align=0x400_0000_0000_0000\nB.M floating 1 A size=0x1000 align=0x1000 resizable\n"
            + string.Concat(Enumerable.Range(0, 14).Select(i => $"B.M floating {i + 2} F{i} size=0x1000 align=0x1000\n"));
        // A hang guard, not a timing claim (timings live in tests/CompileScale): the old prover ran for minutes here.
        var run = System.Threading.Tasks.Task.Run(() => Snippet.Run(Snippet.Usings + map, new CaseFile("MemoryLayout.Shipped.txt", shipped)));
        Assert.Same(run, await System.Threading.Tasks.Task.WhenAny(run, System.Threading.Tasks.Task.Delay(System.TimeSpan.FromSeconds(120))));
    }

    [Fact]
    public void Duplicate_enum_declaration_does_not_crash_the_generator()
    {
        const string Map = "namespace B; [MemoryMap] public enum M { [Fixed(0x1000, 0x1000)] Uart }";
        var run = Snippet.Run(new[] { Snippet.Usings + Map, Snippet.Usings + Map });
        Assert.False(run.Generator.Failed, string.Join("\n", run.Generator.Exceptions));
    }
}
