using System.Linq;
using MemmapGen.Generator;
using MemmapGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>The pipeline is incremental: edits elsewhere leave every map cached; an edit to one map leaves the others.</summary>
public sealed class CachingTests
{
    private const string Other = Maps.Usings + """
        namespace Boards;

        [MemoryMap]
        public enum OtherRegion
        {
            [Fixed(0x1000, 0x1000)] Only,
            [Floating(0x10_0000)] High,
        }
        """;

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compile(Maps.Board, Other, "class Unrelated { }");
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = Replace(compilation, 2, "class Unrelated { int _field; }");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(result);
    }

    [Fact]
    public void Inserting_lines_above_a_map_leaves_it_cached()
    {
        // Source positions are not part of the model, so shifting a declaration does not regenerate it.
        var compilation = GeneratorHarness.Compile(Maps.Board, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = Replace(compilation, 0, "// a comment\n\n" + Maps.Board);
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps[MemmapGenerator.Steps.Maps].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.All(outputs, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }

    [Fact]
    public void Inserting_lines_above_a_banked_map_leaves_it_cached()
    {
        // Banks, gaps, windows and reserved windows are values too.
        var compilation = GeneratorHarness.Compile(Maps.Banked, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = Replace(compilation, 0, "// a comment\n\n" + Maps.Banked);
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps[MemmapGenerator.Steps.Maps].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.All(outputs, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }

    [Fact]
    public void Editing_one_map_leaves_the_other_cached()
    {
        var compilation = GeneratorHarness.Compile(Maps.Board, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = Replace(compilation, 1, Other.Replace("0x10_0000", "0x20_0000"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reasons = result.TrackedSteps[MemmapGenerator.Steps.Maps]
            .SelectMany(s => s.Outputs)
            .Select(o => (Map: ((MemmapGen.Generator.Model.MapSpec)o.Value!).EnumName, o.Reason))
            .ToList();
        Assert.Contains(reasons, r => r.Map == "OtherRegion" && r.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(reasons, r => r.Map == "BoardRegion" && r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Single(result.GeneratedSources, s => s.HintName.Contains("OtherRegion"));
    }

    private static Compilation Replace(Compilation compilation, int index, string text)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, old.FilePath));
    }

    private static void AssertAllCached(GeneratorRunResult result)
    {
        // Only this generator's named steps: Roslyn's own input steps (Compilation, ...) change on every edit.
        var steps = result.TrackedSteps[MemmapGenerator.Steps.Maps].Concat(result.TrackedOutputSteps.SelectMany(s => s.Value));
        Assert.NotEmpty(steps);
        foreach (var step in steps)
        {
            foreach (var (_, reason) in step.Outputs)
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step.Name}: {reason}");
            }
        }
    }
}
