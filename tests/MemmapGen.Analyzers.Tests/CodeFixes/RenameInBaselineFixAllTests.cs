using System;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Compat;
using MemmapGen.Analyzers.Tests.Infrastructure;
using MemmapGen.CodeFixes.Baseline;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace MemmapGen.Analyzers.Tests.CodeFixes;

/// <summary>
/// Fix All of MMG0105: every renamed floating region, of several maps and projects, renamed in each project's
/// MemoryLayout.Shipped.txt in one edit per file (on the floating lines and in every version's regions= list).
/// </summary>
public sealed class RenameInBaselineFixAllTests
{
    private const string Virt = """
        public enum VirtVersion
        {
            [MachineVersion("virt-7.1", Layout = FloatingLayout.Legacy)] V7_1,
            [MachineVersion("virt-7.2")] V7_2,
        }

        [MemoryMap(Versions = typeof(VirtVersion))]
        public enum Virt
        {
            [Fixed(0x0900_0000, 0x1000)] Uart,
            [Ram(1 * GiB, LegacyLimit = 255 * GiB, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB)] Mem,
            [Floating(64 * MiB, Since = VirtVersion.V7_2)] Redist2,
            [Floating(256 * MiB)] Ecam,
            [Floating(512 * GiB, Resizable = true)] Mmio,
        }
        """;

    private const string Board = """
        [MemoryMap]
        public enum Board
        {
            [Fixed(0x1000, 0x1000)] Rom,
            [Floating(0x10_0000)] Window,
        }
        """;

    private static readonly string VirtRenamed = Virt
        .Replace("[Floating(64 * MiB, Since = VirtVersion.V7_2)] Redist2", "[{|#0:Floating(64 * MiB, Since = VirtVersion.V7_2)|}] HighRedist2")
        .Replace("[Floating(256 * MiB)] Ecam", "[{|#1:Floating(256 * MiB)|}] HighEcam");

    private static readonly string BoardRenamed = Board.Replace("[Floating(0x10_0000)] Window", "[{|#2:Floating(0x10_0000)|}] Aperture");

    [Fact]
    public Task Fix_all_renames_every_region_of_every_map_in_one_edit()
    {
        // Two maps in two documents of one project: Fix All in the document takes two passes, in the project or
        // the solution one.
        var shipped = CompatTest.BaselineOf(Virt + "\n" + Board);
        var test = Create();
        test.TestState.Sources.Add(Analyze.Usings + VirtRenamed);
        test.TestState.Sources.Add(Analyze.Usings + BoardRenamed);
        test.TestState.AdditionalFiles.Add((CompatTest.Shipped, shipped));
        test.TestState.ExpectedDiagnostics.Add(Renamed(0, shipped, "Virt", "HighRedist2", "Redist2", 0));
        test.TestState.ExpectedDiagnostics.Add(Renamed(1, shipped, "Virt", "HighEcam", "Ecam", 1));
        test.TestState.ExpectedDiagnostics.Add(Renamed(2, shipped, "Board", "Aperture", "Window", 0));

        test.FixedState.Sources.Add(Analyze.Usings + VirtRenamed);
        test.FixedState.Sources.Add(Analyze.Usings + BoardRenamed);
        test.FixedState.AdditionalFiles.Add((CompatTest.Shipped, CompatTest.BaselineOf(VirtRenamed + "\n" + BoardRenamed)));
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllInProjectIterations = 1;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Fix_all_in_the_solution_edits_each_projects_baseline()
    {
        const string second = "/Second/" + CompatTest.Shipped;
        var virtShipped = CompatTest.BaselineOf(Virt);
        var boardShipped = CompatTest.BaselineOf(Board);
        var test = Create();
        test.TestState.Sources.Add(Analyze.Usings + VirtRenamed);
        test.TestState.AdditionalFiles.Add((CompatTest.Shipped, virtShipped));
        test.TestState.AdditionalProjects["Second"].Sources.Add(Analyze.Usings + BoardRenamed);
        test.TestState.AdditionalProjects["Second"].AdditionalFiles.Add((second, boardShipped));
        test.TestState.AdditionalProjects["Second"].AdditionalReferences.Add(Analyze.Runtime);
        test.TestState.ExpectedDiagnostics.Add(Renamed(0, virtShipped, "Virt", "HighRedist2", "Redist2", 0));
        test.TestState.ExpectedDiagnostics.Add(Renamed(1, virtShipped, "Virt", "HighEcam", "Ecam", 1));
        test.TestState.ExpectedDiagnostics.Add(Renamed(2, boardShipped, "Board", "Aperture", "Window", 0, second));

        test.FixedState.Sources.Add(Analyze.Usings + VirtRenamed);
        test.FixedState.AdditionalFiles.Add((CompatTest.Shipped, CompatTest.BaselineOf(VirtRenamed)));
        test.FixedState.AdditionalProjects["Second"].Sources.Add(Analyze.Usings + BoardRenamed);
        test.FixedState.AdditionalProjects["Second"].AdditionalFiles.Add((second, CompatTest.BaselineOf(BoardRenamed)));
        test.FixedState.AdditionalProjects["Second"].AdditionalReferences.Add(Analyze.Runtime);
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllInProjectIterations = 2;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public void Renames_apply_at_once_so_swapped_names_swap()
    {
        const string shipped = "#MemoryLayout v1\nB floating 0 X size=0x1000 align=0x1000\nB floating 1 Y size=0x1000 align=0x1000\n"
            + "B version 0 v1 layout=compact regions=X,Y:off\nC floating 0 X size=0x1000 align=0x1000\n";
        var renamed = BaselineEdit.Rename(shipped, new[] { new BaselineRename("B", "X", "Y"), new BaselineRename("B", "Y", "X") });
        Assert.Equal(
            "#MemoryLayout v1\nB floating 0 Y size=0x1000 align=0x1000\nB floating 1 X size=0x1000 align=0x1000\n"
            + "B version 0 v1 layout=compact regions=Y,X:off\nC floating 0 X size=0x1000 align=0x1000\n",
            renamed);
    }

    private static CSharpCodeFixTest<LayoutCompatAnalyzer, RenameInBaselineCodeFixProvider, DefaultVerifier> Create()
    {
        var test = new CSharpCodeFixTest<LayoutCompatAnalyzer, RenameInBaselineCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            CodeActionEquivalenceKey = RenameInBaselineCodeFixProvider.EquivalenceKey,
        };
        test.TestState.AdditionalReferences.Add(Analyze.Runtime);
        test.FixedState.AdditionalReferences.Add(Analyze.Runtime);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test;
    }

    /// <summary>MMG0105 on marker <paramref name="marker"/>, also pointing at the region's floating line in the baseline.</summary>
    private static DiagnosticResult Renamed(int marker, string shipped, string map, string newName, string oldName, int ordinal, string path = CompatTest.Shipped) =>
        CompatTest.Diagnostic("MMG0105").WithLocation(marker)
            .WithLocation(path, LineOf(shipped, map + " floating " + ordinal + " " + oldName + " "), 1)
            .WithArguments(newName, oldName, ordinal);

    private static int LineOf(string text, string start) =>
        Array.FindIndex(text.Split('\n'), line => line.StartsWith(start, StringComparison.Ordinal)) + 1;
}
