using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using MemmapGen.CodeFixes.Baseline;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Compat;

/// <summary>The baseline code fixes: record new facts in Unshipped (one and all), rename in Shipped.</summary>
public sealed class BaselineFixTests
{
    private const string Map = """
        [MemoryMap]
        public enum Board
        {
            [Fixed(0x1000, 0x1000)] Rom,
            [Floating(0x10_0000)] Ecam,
            [{|#0:Floating(0x100_0000)|}] Mmio,
            [{|#1:Fixed(0x2000, 0x1000)|}] Uart,
        }
        """;

    private const string Shipped = "#MemoryLayout v1\nBoard fixed Rom base=0x0000_1000 size=0x0000_1000\nBoard floating 0 Ecam size=0x0010_0000 align=0x0010_0000\n";

    [Fact]
    public Task Fix_appends_the_line_to_unshipped()
    {
        var test = Create(Map, Shipped, "#MemoryLayout v1\n");
        test.TestState.ExpectedDiagnostics.Add(CompatTest.Diagnostic("MMG0112").WithLocation(0).WithArguments("Floating region 'Mmio'", "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt"));
        test.TestState.ExpectedDiagnostics.Add(CompatTest.Diagnostic("MMG0112").WithLocation(1).WithArguments("Fixed region 'Uart'", "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt"));
        // One fix per diagnostic, applied in turn, and Fix All in one edit, both end with the lines sorted in Unshipped.
        test.FixedState.AdditionalFiles.Add((CompatTest.Shipped, Shipped));
        test.FixedState.AdditionalFiles.Add((CompatTest.Unshipped,
            "#MemoryLayout v1\nBoard fixed Uart base=0x0000_2000 size=0x0000_1000\nBoard floating 1 Mmio size=0x0100_0000 align=0x0100_0000\n"));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Fix_creates_unshipped_when_absent()
    {
        var test = Create(Map.Replace("[{|#1:Fixed(0x2000, 0x1000)|}] Uart,", string.Empty), Shipped, null);
        test.TestState.ExpectedDiagnostics.Add(CompatTest.Diagnostic("MMG0112").WithLocation(0).WithArguments("Floating region 'Mmio'", "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt"));
        test.FixedState.AdditionalFiles.Add((CompatTest.Shipped, Shipped));
        test.FixedState.AdditionalFiles.Add((CompatTest.Unshipped, "#MemoryLayout v1\nBoard floating 1 Mmio size=0x0100_0000 align=0x0100_0000\n"));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Fix_records_a_window_of_a_banked_map()
    {
        var baseline = CompatTest.BaselineOf(SplitCompatTests.Banked);
        var window = "Board window PciHole64 size=0x8_0000_0000 align=0x4000_0000 advertised=b-2.0 guest64=on\n";
        Assert.Contains(window, baseline);
        var source = SplitCompatTests.Banked.Replace(
            "[Window(32 * GiB, Alignment = 1 * GiB, AdvertisedSince = BoardVersion.V2_0)]",
            "[{|#0:Window(32 * GiB, Alignment = 1 * GiB, AdvertisedSince = BoardVersion.V2_0)|}]");
        var test = Create(source, baseline.Replace(window, string.Empty), "#MemoryLayout v1\n");
        test.TestState.ExpectedDiagnostics.Add(CompatTest.Diagnostic("MMG0112").WithLocation(0).WithArguments("Window 'PciHole64'", "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt"));
        test.FixedState.AdditionalFiles.Add((CompatTest.Shipped, baseline.Replace(window, string.Empty)));
        test.FixedState.AdditionalFiles.Add((CompatTest.Unshipped, "#MemoryLayout v1\n" + window));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Rename_fix_updates_the_shipped_baseline()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x1000, 0x1000)] Rom,
                [{|#0:Floating(0x10_0000)|}] HighEcam,
            }
            """;
        var test = new CSharpCodeFixTest<LayoutCompatAnalyzer, RenameInBaselineCodeFixProvider, DefaultVerifier>
        {
            TestCode = Analyze.Usings + source,
            FixedCode = Analyze.Usings + source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalReferences.Add(Analyze.Runtime);
        test.FixedState.AdditionalReferences.Add(Analyze.Runtime);
        test.TestState.AdditionalFiles.Add((CompatTest.Shipped, Shipped));
        test.TestState.ExpectedDiagnostics.Add(CompatTest.Diagnostic("MMG0105").WithLocation(0).WithLocation(CompatTest.Shipped, 3, 1).WithArguments("HighEcam", "Ecam", 0));
        test.FixedState.AdditionalFiles.Add((CompatTest.Shipped, Shipped.Replace(" Ecam ", " HighEcam ")));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync(CancellationToken.None);
    }

    private static CSharpCodeFixTest<LayoutCompatAnalyzer, AddToUnshippedCodeFixProvider, DefaultVerifier> Create(string source, string shipped, string? unshipped)
    {
        var test = new CSharpCodeFixTest<LayoutCompatAnalyzer, AddToUnshippedCodeFixProvider, DefaultVerifier>
        {
            TestCode = Analyze.Usings + source,
            FixedCode = Analyze.Usings + source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalReferences.Add(Analyze.Runtime);
        test.FixedState.AdditionalReferences.Add(Analyze.Runtime);
        test.BatchFixedState.AdditionalReferences.Add(Analyze.Runtime);
        test.TestState.AdditionalFiles.Add((CompatTest.Shipped, shipped));
        if (unshipped is not null)
        {
            test.TestState.AdditionalFiles.Add((CompatTest.Unshipped, unshipped));
        }

        return test;
    }
}
