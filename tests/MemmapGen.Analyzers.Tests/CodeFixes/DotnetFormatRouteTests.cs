using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Compat;
using MemmapGen.CodeFixes;
using MemmapGen.CodeFixes.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace MemmapGen.Analyzers.Tests.CodeFixes;

/// <summary>
/// Each fix applies through <c>dotnet format</c> even when the diagnostic it probes first is another requested ID's
/// (then it gets no equivalence key): the Fix All providers must not depend on that key.
/// </summary>
public sealed class DotnetFormatRouteTests
{
    // One overlap (MMG0001, reported first) and one misaligned base (MMG0009).
    private const string Map = """
        [MemoryMap]
        public enum Board
        {
            [Fixed(0x1000, 0x1000)] Rom,
            [Fixed(0x1800, 0x1000)] Flash,
            [Fixed(0x0910_0001, 0x1000, Alignment = 4 * KiB)] Uart,
        }
        """;

    [Theory]
    [InlineData("MMG0009", "MMG0001")]
    [InlineData("MMG0001", "MMG0009")]
    public async Task Map_fixes_apply_when_another_ids_diagnostic_comes_first(string fixing, string first)
    {
        var project = await DotnetFormatRoute.ProjectAsync(Map);
        var reported = Order(await DotnetFormatRoute.AnalyzeAsync(project, new MemoryMapAnalyzer()), first, fixing);
        CodeFixProvider provider = fixing == "MMG0009" ? new AlignBaseCodeFixProvider() : new MoveRegionCodeFixProvider();

        var fixedProject = await DotnetFormatRoute.FixAsync(project, provider, fixing, reported);

        Assert.NotNull(fixedProject);
        var remaining = await DotnetFormatRoute.AnalyzeAsync(fixedProject!, new MemoryMapAnalyzer());
        Assert.DoesNotContain(remaining, d => d.Id == fixing);
        Assert.Contains(remaining, d => d.Id == first);
    }

    [Fact]
    public async Task Rename_applies_when_an_unshipped_diagnostic_comes_first()
    {
        const string shipped = "#MemoryLayout v1\nBoard fixed Rom base=0x0000_1000 size=0x0000_1000\nBoard floating 0 Ecam size=0x0010_0000 align=0x0010_0000\n";
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x1000, 0x1000)] Rom,
                [Floating(0x10_0000)] HighEcam,
                [Fixed(0x2000, 0x1000)] Uart,
            }
            """;
        var project = await DotnetFormatRoute.ProjectAsync(source, (CompatTest.Shipped, shipped));
        var reported = Order(await DotnetFormatRoute.AnalyzeAsync(project, new LayoutCompatAnalyzer()), "MMG0112", "MMG0105");

        var fixedProject = await DotnetFormatRoute.FixAsync(project, new RenameInBaselineCodeFixProvider(), "MMG0105", reported);

        Assert.NotNull(fixedProject);
        var text = await fixedProject!.AdditionalDocuments.Single().GetTextAsync();
        Assert.Equal(shipped.Replace(" Ecam ", " HighEcam "), text.ToString());
    }

    [Fact]
    public async Task Record_applies_when_a_rename_diagnostic_comes_first()
    {
        const string shipped = "#MemoryLayout v1\nBoard fixed Rom base=0x0000_1000 size=0x0000_1000\nBoard floating 0 Ecam size=0x0010_0000 align=0x0010_0000\n";
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x1000, 0x1000)] Rom,
                [Floating(0x10_0000)] HighEcam,
                [Fixed(0x2000, 0x1000)] Uart,
            }
            """;
        var project = await DotnetFormatRoute.ProjectAsync(source, (CompatTest.Shipped, shipped));
        var reported = Order(await DotnetFormatRoute.AnalyzeAsync(project, new LayoutCompatAnalyzer()), "MMG0105", "MMG0112");

        var fixedProject = await DotnetFormatRoute.FixAsync(project, new AddToUnshippedCodeFixProvider(), "MMG0112", reported);

        Assert.NotNull(fixedProject);
        var unshipped = fixedProject!.AdditionalDocuments.Single(d => d.Name == CompatTest.Unshipped);
        Assert.Contains("Board fixed Uart", (await unshipped.GetTextAsync()).ToString());
    }

    /// <summary>The diagnostics of the two IDs, those of <paramref name="first"/> first; both must be present.</summary>
    private static ImmutableArray<Diagnostic> Order(ImmutableArray<Diagnostic> diagnostics, string first, string second)
    {
        Assert.Contains(diagnostics, d => d.Id == first);
        Assert.Contains(diagnostics, d => d.Id == second);
        return diagnostics.Where(d => d.Id == first).Concat(diagnostics.Where(d => d.Id == second)).ToImmutableArray();
    }
}
